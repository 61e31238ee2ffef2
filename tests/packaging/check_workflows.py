#!/usr/bin/env python3
"""Checks the GitHub Actions workflow files, which cannot run here: each must be valid YAML with
the structure GitHub expects, and together they must build the packages on the three systems.

Usage: check_workflows.py <folder of *.yml>. Exit status 0: fine, 1: a problem (printed),
77: PyYAML is missing (CTest reports the test as skipped).
"""

import os
import re
import sys

try:
    import yaml
except ImportError:
    print("SKIP: PyYAML is missing (Debian: python3-yaml), so the workflow files cannot be parsed")
    sys.exit(77)

ACTION_REF = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[A-Za-z0-9_.-]+$")
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
ENV_REFERENCE = re.compile(r"\benv\.([A-Za-z_][A-Za-z0-9_]*)")
NEEDS_REFERENCE = re.compile(r"\bneeds\.([A-Za-z_][A-Za-z0-9_-]*)")


def strings_in(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from strings_in(key)
            yield from strings_in(value)
    elif isinstance(node, list):
        for item in node:
            yield from strings_in(item)


def check_workflow(path, problems):
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
    except yaml.YAMLError as error:
        problems.append(f"{name}: not valid YAML: {error}")
        return []
    if not isinstance(doc, dict):
        problems.append(f"{name}: the top level is not a mapping")
        return []
    # YAML 1.1 reads the key `on` as the boolean true.
    triggers = doc.get("on", doc.get(True))
    if not triggers:
        problems.append(f"{name}: no `on:` triggers")
    jobs = doc.get("jobs")
    if not isinstance(jobs, dict) or not jobs:
        problems.append(f"{name}: no jobs")
        return []
    env_names = set((doc.get("env") or {}).keys())
    check_package_jobs(name, jobs, problems)
    runners = []
    for job_id, job in jobs.items():
        where = f"{name}: job {job_id}"
        if not isinstance(job, dict):
            problems.append(f"{where}: not a mapping")
            continue
        if "runs-on" not in job:
            problems.append(f"{where}: no runs-on")
        else:
            runners.append(str(job["runs-on"]))
        needs = job.get("needs", [])
        for need in [needs] if isinstance(needs, str) else needs:
            if need not in jobs:
                problems.append(f"{where}: needs unknown job {need}")
        steps = job.get("steps")
        if not isinstance(steps, list) or not steps:
            problems.append(f"{where}: no steps")
            continue
        job_env = env_names | set((job.get("env") or {}).keys())
        for index, step in enumerate(steps):
            at = f"{where}, step {index + 1} ({step.get('name', '?') if isinstance(step, dict) else '?'})"
            if not isinstance(step, dict):
                problems.append(f"{at}: not a mapping")
                continue
            if ("uses" in step) == ("run" in step):
                problems.append(f"{at}: needs exactly one of uses and run")
            if "uses" in step and not ACTION_REF.match(str(step["uses"])):
                problems.append(f"{at}: `uses: {step['uses']}` is not owner/repo@ref")
            step_env = job_env | set((step.get("env") or {}).keys())
            for text in strings_in(step):
                for expression in EXPRESSION.findall(text):
                    for variable in ENV_REFERENCE.findall(expression):
                        if variable not in step_env:
                            problems.append(f"{at}: ${{{{ env.{variable} }}}} is not defined")
        for text in strings_in(job):
            for expression in EXPRESSION.findall(text):
                for need in NEEDS_REFERENCE.findall(expression):
                    if need not in ([needs] if isinstance(needs, str) else needs):
                        problems.append(f"{where}: uses needs.{need} without `needs: {need}`")
    return runners


def job_text(job):
    return "\n".join(strings_in(job))


# What review found broken in the installer jobs, kept fixed (they run only on GitHub).
def check_package_jobs(name, jobs, problems):
    for job_id, job in jobs.items():
        if not isinstance(job, dict):
            continue
        runner = str(job.get("runs-on", ""))
        text = job_text(job)
        where = f"{name}: job {job_id}"
        if "cpack" in text and "smoke/smoke-test.sh" not in text:
            problems.append(f"{where}: builds a package but does not run packaging/smoke/smoke-test.sh on it")
        if runner.startswith("macos"):
            # macdeployqt does not bundle the offscreen platform plugin.
            if "QT_QPA_PLATFORM=offscreen" in text.replace(" ", ""):
                problems.append(f"{where}: QT_QPA_PLATFORM=offscreen, but the bundle has no offscreen plugin")
            if "otool -L" not in text:
                problems.append(f"{where}: no otool -L check of the bundle's install names")
        if runner.startswith(("windows", "macos")) and "cpack" in text:
            if "OPENSSL_ROOT_DIR" not in text:
                problems.append(f"{where}: libcrypto is not linked from the bundled OpenSSL (OPENSSL_ROOT_DIR)")
            if "MDI_EXTRA_LICENSE_FILES" not in text:
                problems.append(f"{where}: the bundled libraries' licence texts are not installed")
        if "container" in job and "cpack" in text:
            for needed in ("lintian", "dpkg-buildflags", "systemd-analyze security"):
                if needed not in text:
                    problems.append(f"{where}: no {needed}")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith((".yml", ".yaml")))
    problems = []
    if not files:
        problems.append(f"{folder}: no workflow files")
    runners = []
    for path in files:
        runners += check_workflow(path, problems)
    # The packages: Linux (.deb), Windows (NSIS) and macOS (DragNDrop).
    for system in ("ubuntu", "windows", "macos"):
        if not any(r.startswith(system) for r in runners):
            problems.append(f"no job runs on {system}")
    all_text = "".join(open(p, encoding="utf-8").read() for p in files)
    for needed in ("cpack", "-G NSIS", "-G DragNDrop", "download.pytorch.org/libtorch", "install-qt-action"):
        if needed not in all_text:
            problems.append(f"no workflow mentions {needed}")
    for problem in problems:
        print(problem)
    print(f"{len(files)} workflow files, {len(runners)} jobs, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
