"""Shared pieces of the make-*-examples.py scripts, which write the example stack exports
(deployment version 3) in this folder: resource URNs, the stack, provider and resource records,
passphrase-encrypted secret values, and writing an example pair (<name>/stack.json, compliant and
insecure). The scripts import it from this folder: run them from here."""
import json, os

# The secret signature key of a stack export and the value it marks a secret with.
SIG, SECRET = "4dabf18193072939515e22adb298388d", "1b47061264138c4ac30d75fd1eb44270"


def enc(ciphertext):
    """An encrypted secret value as a stack export stores it."""
    return {SIG: SECRET, "ciphertext": ciphertext}


class Stack:
    """One example stack: `stack`/`project` name the URNs, `provider` (type token, version and id)
    is the default provider every resource uses, `created` is every resource's timestamp, and
    `output_defaults` are outputs every resource gets unless it sets them (e.g. GCP's project)."""

    def __init__(self, stack, project, provider, version, provider_id, created, output_defaults=None):
        self.stack, self.project = stack, project
        self.stack_urn = f"urn:pulumi:{stack}::{project}::pulumi:pulumi:Stack::{project}-{stack}"
        self.provider_type = f"pulumi:providers:{provider}"
        self.provider_urn = f"urn:pulumi:{stack}::{project}::{self.provider_type}::default_{version.replace('.', '_')}"
        self.provider_id = provider_id
        self.created = created
        self.output_defaults = output_defaults or {}

    def urn(self, t, n):
        """The URN of resource `n` of type `t`."""
        return f"urn:pulumi:{self.stack}::{self.project}::{t}::{n}"

    def stack_record(self, outputs, created):
        """The pulumi:pulumi:Stack resource with its outputs."""
        return {"urn": self.stack_urn, "custom": False, "type": "pulumi:pulumi:Stack", "outputs": outputs, "created": created, "modified": created}

    def provider_record(self, inputs, created):
        """The default provider resource; its outputs are its inputs."""
        return {"urn": self.provider_urn, "custom": True, "id": self.provider_id, "type": self.provider_type,
                "inputs": inputs, "outputs": dict(inputs), "created": created, "modified": created}

    def res(self, t, n, id_, inputs, outputs=None, deps=(), pdeps=None):
        """A custom resource: outputs are the inputs plus `outputs` (and the id); `deps` and `pdeps`
        (property → resources) are (type, name) pairs."""
        out = dict(inputs); out.update(outputs or {}); out.setdefault("id", id_)
        for k, v in self.output_defaults.items():
            out.setdefault(k, v)
        return {"urn": self.urn(t, n), "custom": True, "id": id_, "type": t, "inputs": inputs, "outputs": out,
                "parent": self.stack_urn, "provider": f"{self.provider_urn}::{self.provider_id}",
                "dependencies": [self.urn(*d) for d in deps],
                "propertyDependencies": {k: [self.urn(*d) for d in v] for k, v in (pdeps or {}).items()},
                "created": self.created, "modified": self.created}


def write_pair(build, compliant, insecure):
    """Writes build(True) to <compliant>/stack.json and build(False) to <insecure>/stack.json."""
    for name, secure in ((compliant, True), (insecure, False)):
        os.makedirs(name, exist_ok=True)
        with open(os.path.join(name, "stack.json"), "w") as f:
            json.dump(build(secure), f, indent=4); f.write("\n")
