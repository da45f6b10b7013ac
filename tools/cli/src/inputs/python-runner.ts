/**
 * The Python that runs a Pulumi Python program under `pulumi.runtime.set_mocks` in a child
 * process, the way the Python language host's `pulumi-language-python-exec` runs `__main__.py`
 * (config from `PULUMI_CONFIG`/`PULUMI_CONFIG_SECRET_KEYS` through `set_all_config`, the working
 * directory the program's, `runpy.run_path(program, run_name="__main__")` in the root stack, then
 * waiting for every outstanding registration).
 * It records what the program registers and reads in the same shape as the Node.js runner
 * (program-record.ts) and answers invokes from the same catalogue.
 */

/** Source of the runner (argv: job file, result file). */
export const PYTHON_RUNNER = String.raw`
import asyncio
import json
import os
import re
import runpy
import sys
import traceback

job = json.load(open(sys.argv[1], encoding="utf-8"))
result_file = sys.argv[2]
recorded = []
invokes = []
state = {"last_unknown": None}


def finish(obj, code):
    with open(result_file, "w", encoding="utf-8") as f:
        json.dump(obj, f)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


try:
    import pulumi
    import pulumi.runtime
    from pulumi.runtime import mocks as pmocks
    from google.protobuf import json_format
except ImportError as e:
    finish({"error": {"message": "cannot import the Pulumi SDK in " + sys.executable + " (" + str(e) + "); install the program's requirements into its virtualenv"}}, 1)


def instantiate(tpl, args, ctx):
    def sub(s):
        s = re.sub(r"\$\{([a-z]+)\}", lambda m: ctx.get(m.group(1), m.group(0)), s)
        whole = re.fullmatch(r"\$\{args\.(\w+)(?:\|([^}]*))?\}", s)
        if whole:
            v = args.get(whole.group(1))
            if v is not None:
                return v
            fb = whole.group(2) or ""
            try:
                return json.loads(fb)
            except ValueError:
                return fb

        def one(m):
            v = args.get(m.group(1))
            if v is not None and not isinstance(v, (dict, list)):
                return str(v).lower() if isinstance(v, bool) else str(v)
            return m.group(2) or ""

        return re.sub(r"\$\{args\.(\w+)(?:\|([^}]*))?\}", one, s)

    def walk(v):
        if isinstance(v, str):
            return sub(v)
        if isinstance(v, list):
            return [walk(e) for e in v]
        if isinstance(v, dict):
            return {k: walk(e) for k, e in v.items()}
        return v

    out = dict(args)
    out.update(walk(tpl))
    return out


def context_for(token, provider_ref):
    pkg = token.split(":")[0]
    ctx = dict(job["invokes"]["contexts"].get(pkg, {}))
    keys = job["invokes"]["inputs"].get(pkg, {})
    if provider_ref:
        purn = provider_ref[: provider_ref.rfind("::")]
        for r in recorded:
            if r["urn"] == purn:
                for k, inp in keys.items():
                    v = r["props"].get(inp)
                    if isinstance(v, str) and v:
                        ctx[k] = v
    if "zone" in ctx and not ctx["zone"] and ctx.get("region"):
        ctx["zone"] = ctx["region"] + "-a"
    return ctx


class Mocks(pulumi.runtime.Mocks):
    def new_resource(self, args):
        custom = getattr(args, "custom", True)
        if custom is False:
            return ["", args.inputs]
        return [getattr(args, "resource_id", None) or args.name + "_id", args.inputs]

    def call(self, args):
        tpl = job["invokes"]["catalogue"].get(args.token)
        invokes.append({"token": args.token, "known": tpl is not None})
        if tpl is None:
            state["last_unknown"] = args.token
            return {}
        return instantiate(tpl, dict(args.args or {}), context_for(args.token, getattr(args, "provider", "")))


def as_dict(struct):
    return json_format.MessageToDict(struct) if struct is not None else {}


class Recorder(pmocks.MockMonitor):
    def RegisterResource(self, request):
        resp = super().RegisterResource(request)
        recorded.append({
            "urn": resp.urn, "id": resp.id, "type": request.type, "name": request.name,
            "custom": bool(request.custom), "remote": bool(getattr(request, "remote", False)),
            "parent": request.parent, "provider": request.provider, "props": as_dict(request.object),
            "dependencies": list(request.dependencies),
            "propertyDependencies": {k: list(v.urns) for k, v in request.propertyDependencies.items()},
            "protect": bool(getattr(request, "protect", False)),
        })
        return resp

    def ReadResource(self, request):
        resp = super().ReadResource(request)
        recorded.append({
            "urn": resp.urn, "id": request.id, "type": request.type, "name": request.name,
            "custom": True, "read": True, "parent": request.parent, "provider": request.provider,
            "props": as_dict(request.properties), "dependencies": list(request.dependencies),
            "propertyDependencies": {}, "protect": False,
        })
        return resp


def user_frame(tb):
    frames = traceback.extract_tb(tb)
    for fr in reversed(frames):
        f = os.path.abspath(fr.filename)
        if f.startswith(job["dir"] + os.sep) and os.sep + "site-packages" + os.sep not in f and os.sep + "venv" + os.sep not in f:
            return os.path.relpath(f, job["dir"]) + ":" + str(fr.lineno)
    return None


def resource_frame(tb):
    for fr in reversed(traceback.extract_tb(tb)):
        if os.sep + "site-packages" + os.sep + "pulumi_" in fr.filename:
            try:
                m = re.search(r"__init__\(\s*'([A-Za-z0-9-]+:[^']+)'", open(fr.filename, encoding="utf-8").read())
                if m:
                    return m.group(1)
            except OSError:
                pass
    return None


def fail(e):
    if isinstance(e, pulumi.RunError):
        message = str(e)
    else:
        message = "".join(traceback.format_exception_only(type(e), e)).strip()
    lines = [l.rstrip() for l in message.split("\n")]
    if len(lines) > 40:
        lines = lines[:40] + ["..."]
    error = {"message": "\n".join(lines) or "program failed"}
    at = user_frame(e.__traceback__)
    if at:
        error["at"] = at
    res = resource_frame(e.__traceback__)
    if res:
        error["resource"] = res
    if isinstance(e, (TypeError, AttributeError, KeyError, IndexError)) and state["last_unknown"]:
        error["invoke"] = state["last_unknown"]
    finish({"error": error, "resources": recorded, "invokes": invokes}, 1)


def main():
    config = pulumi.runtime.get_config_env()
    if hasattr(pulumi.runtime, "set_all_config") and hasattr(pulumi.runtime, "get_config_secret_keys_env"):
        pulumi.runtime.set_all_config(config, pulumi.runtime.get_config_secret_keys_env())
    else:
        for k, v in config.items():
            pulumi.runtime.set_config(k, v)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    mocks = Mocks()
    monitor = Recorder(mocks)
    try:
        pulumi.runtime.set_mocks(mocks, job["project"], job["stack"], True, monitor=monitor, organization=job["organization"])
    except TypeError:
        pulumi.runtime.set_mocks(mocks, job["project"], job["stack"], True, monitor=monitor)
    os.chdir(job["dir"])
    program = job["program"]
    sys.argv = [program]

    def run():
        runpy.run_path(program, run_name="__main__")

    # set_mocks made the root stack already: run the program in it (run_in_stack would make a second).
    from pulumi.runtime.stack import run_pulumi_func

    try:
        loop.run_until_complete(run_pulumi_func(run))
    except BaseException as e:  # the program's own error, reported as the host reports it
        if isinstance(e, SystemExit) and not e.code:
            finish({"resources": recorded, "invokes": invokes}, 0)
        fail(e)
    finish({"resources": recorded, "invokes": invokes}, 0)


main()
`;
