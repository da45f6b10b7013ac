#!/usr/bin/env python3
"""Writes preview.json: what `pulumi preview --json` prints for an update of the insecure web
application (../webapp-insecure/stack.json) - the PreviewDigest of the Pulumi CLI's display
package: {"config", "steps": [{op, urn, provider, oldState, newState, diffReasons, detailedDiff}],
"duration", "changeSummary"}. Resources keep their state shape (inputs, outputs, parent, provider
"<urn>::<id>", dependencies, propertyDependencies); values computed by the update are the engine's
unknown sentinel; secrets stay blinded ({sig, ciphertext}).

The update: most resources are unchanged ("same"); the assets bucket's ACL changes ("update");
the database is replaced (create-replacement / replace / delete-replaced); a new uploads bucket
and its public access block are created (ids and ARNs unknown); a legacy bucket with a public ACL
is deleted (a delete step, which rampart does not check). Run from this folder."""
import copy, json

UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9"
src = json.load(open("../webapp-insecure/stack.json"))["deployment"]["resources"]
STACK, PROJECT = "prod", "webapp"
def urn(t, n): return f"urn:pulumi:{STACK}::{PROJECT}::{t}::{n}"
stack_urn = next(r["urn"] for r in src if r["type"] == "pulumi:pulumi:Stack")
prov = next(r for r in src if r["type"] == "pulumi:providers:aws")
prov_ref = f'{prov["urn"]}::{prov["id"]}'

def state(r):
    keep = ["urn", "custom", "id", "type", "inputs", "outputs", "parent", "provider", "dependencies", "propertyDependencies"]
    return {k: copy.deepcopy(r[k]) for k in keep if k in r}

steps = []
for r in src:
    s = state(r)
    if r["type"] == "aws:s3/bucket:Bucket":
        old = state(r)
        s["inputs"]["acl"] = "public-read-write"
        s["outputs"]["acl"] = "public-read-write"
        steps.append({"op": "update", "urn": r["urn"], "provider": prov_ref, "oldState": old, "newState": s,
                      "diffReasons": ["acl"], "detailedDiff": {"acl": {"kind": "update", "inputDiff": True}}})
    elif r["type"] == "aws:rds/instance:Instance":
        old = state(r)
        s["inputs"]["engineVersion"] = "16.4"
        s["id"] = ""
        s["outputs"] = dict(s["inputs"], id=UNKNOWN, arn=UNKNOWN, endpoint=UNKNOWN, address=UNKNOWN)
        dd = {"engineVersion": {"kind": "update-replace", "inputDiff": True}}
        steps.append({"op": "create-replacement", "urn": r["urn"], "provider": prov_ref, "oldState": old, "newState": s,
                      "diffReasons": ["engineVersion"], "replaceReasons": ["engineVersion"], "detailedDiff": dd})
        steps.append({"op": "replace", "urn": r["urn"], "provider": prov_ref, "oldState": old, "newState": s,
                      "diffReasons": ["engineVersion"], "replaceReasons": ["engineVersion"], "detailedDiff": dd})
        steps.append({"op": "delete-replaced", "urn": r["urn"], "provider": prov_ref, "oldState": old, "detailedDiff": None})
    else:
        steps.append({"op": "same", "urn": r["urn"], **({"provider": prov_ref} if r.get("custom") and r["type"] != "pulumi:providers:aws" else {}),
                      "oldState": state(r), "newState": s, "detailedDiff": None})

def new(t, n, inputs, computed, pdeps=None):
    u = urn(t, n)
    return {"urn": u, "custom": True, "type": t, "inputs": inputs, "outputs": dict(inputs, **{k: UNKNOWN for k in computed}),
            "parent": stack_urn, "provider": prov_ref, "dependencies": sorted({d for v in (pdeps or {}).values() for d in v}),
            "propertyDependencies": pdeps or {}}

uploads = new("aws:s3/bucket:Bucket", "uploads", {"acl": "private", "bucket": UNKNOWN, "forceDestroy": False}, ["id", "arn", "bucketDomainName"])
uploads["inputs"].pop("bucket"); uploads["outputs"]["bucket"] = UNKNOWN
upab = new("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "uploads",
           {"bucket": UNKNOWN, "blockPublicAcls": True, "blockPublicPolicy": True, "ignorePublicAcls": True, "restrictPublicBuckets": True},
           ["id"], {"bucket": [uploads["urn"]]})
for r in (uploads, upab):
    steps.append({"op": "create", "urn": r["urn"], "provider": prov_ref, "newState": r, "detailedDiff": None})

legacy_urn = urn("aws:s3/bucket:Bucket", "legacy-uploads")
legacy = {"urn": legacy_urn, "custom": True, "id": "webapp-legacy-uploads-1c2d3e", "type": "aws:s3/bucket:Bucket",
          "inputs": {"acl": "public-read", "bucket": "webapp-legacy-uploads-1c2d3e"},
          "outputs": {"acl": "public-read", "bucket": "webapp-legacy-uploads-1c2d3e", "id": "webapp-legacy-uploads-1c2d3e",
                      "arn": "arn:aws:s3:::webapp-legacy-uploads-1c2d3e"},
          "parent": stack_urn, "provider": prov_ref, "dependencies": [], "propertyDependencies": {}}
steps.append({"op": "delete", "urn": legacy_urn, "provider": prov_ref, "oldState": legacy, "detailedDiff": None})

summary = {}
for s in steps:
    op = s["op"]
    if op in ("create-replacement", "delete-replaced"): continue
    summary[op] = summary.get(op, 0) + 1
out = {"config": {"aws:region": "eu-west-1"}, "steps": steps, "duration": 4127000000, "changeSummary": summary}
with open("preview.json", "w") as f:
    json.dump(out, f, indent=4)
    f.write("\n")
