#!/usr/bin/env python3
"""Hostile inputs of the reliability issue, run through the CLI: for each case, build the
input in a temporary folder, run `copydesk check` on it with a wall-clock timeout (a run
still going after it is killed, and fails), and print one row: exit code, first line of
stderr, wall seconds, peak memory (ru_maxrss of the child, from os.wait4), whether any
input file changed, and PASS/FAIL/SKIP against the expectation written in the case.
Every case also fails on a signal, a panic or an internal error. Run from the repository
root after `cargo build --release`:

    benches/hostile.py [--only NAME] [--timeout 60] [--keep]

Cases that need another user (an unreadable file, a read-only folder: root reads and
writes anything) run copydesk as nobody through `setpriv` (or `su`), and the disk-full
case mounts a 64 KiB tmpfs; both need root, and SKIP with the reason otherwise. Inputs
are compared by SHA-256 (files over 64 MiB by size, inode and mtime, as hashing a 1 GB
file would dominate the run).
"""
import argparse, hashlib, os, shlex, shutil, signal, stat, subprocess, sys, tempfile, time

BIN = os.path.abspath(os.environ.get("COPYDESK", "target/release/copydesk"))
ONLY = ["--select", "hashtags/run-together"]  # one fixable rule: fixes stay predictable
FIXABLE = "Head\n\nBody #one#two here.\n\n"
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
MIB = 1 << 20


class Skip(Exception):  # a case this machine cannot run; the message says why
    pass


def write(path, text, mode=None):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    if mode is not None:
        os.chmod(path, mode)


def write_repeat(path, head, unit, count, tail="\n"):
    """head + unit * count + tail, in pieces: a forked child starts from our memory."""
    with open(path, "w") as f:
        f.write(head)
        step = max(1, MIB // len(unit))
        for done in range(0, count, step):
            f.write(unit * min(step, count - done))
        f.write(tail)


def as_nobody():
    """The wrapper that runs copydesk as an unprivileged user, or Skip."""
    if os.geteuid() != 0:
        return []  # not root: permissions already apply to us
    if shutil.which("setpriv"):
        wrap = NOBODY
    elif shutil.which("su"):
        wrap = ["su", "nobody", "-s", "/bin/sh", "-c"]
    else:
        raise Skip("root, and neither setpriv nor su to drop to nobody")
    if run([wrap_argv(wrap, [BIN, "--version"])], "/", 20)[0]["code"] != 0:
        raise Skip(f"nobody cannot run {BIN} (a folder on its path is closed to others?)")
    return wrap


def wrap_argv(wrap, argv):
    return wrap + [shlex.join(argv)] if wrap and wrap[0] == "su" else wrap + argv


# A case builds its input in `d` (the run's cwd) and returns its expectation: argv (or runs,
# started together), codes, text stderr holds, changed (inputs may change), max_s, max_mb, post.
def gigabyte(d):
    with open(f"{d}/big.md", "w") as f:  # sparse: 1 GB on paper, a few blocks on disk
        f.write("# Head\n\nBody.\n")
        f.truncate(1 << 30)
    return dict(argv=["big.md"], codes={2}, err="larger than the limit")


def line_50mb(d):
    write_repeat(f"{d}/a.txt", "Head\n\n", "word ", 10 * MIB)
    return dict(argv=["a.txt"], codes={2}, err="larger than the limit")


def line_9mb(d):
    write_repeat(f"{d}/a.md", "# Head\n\n", "word ", 9 * MIB // 5, " #one#two\n")  # a finding at the end
    post = lambda r: None if "run-together" in r[0]["out"] else "the finding at the end of the line is missing"
    return dict(argv=["a.md"], codes={1}, max_s=30, max_mb=1000, post=post)


def loop_named(d):
    os.symlink("b.md", f"{d}/a.md")
    os.symlink("a.md", f"{d}/b.md")
    os.symlink("dir-b", f"{d}/dir-a")
    os.symlink("dir-a", f"{d}/dir-b")
    return dict(argv=["a.md", "dir-a"], codes={2}, err="symlink loop")


def loop_walked(d):
    write(f"{d}/walk/a.md", FIXABLE)
    os.symlink("b.md", f"{d}/walk/a-loop.md")
    os.symlink("a-loop.md", f"{d}/walk/b.md")
    os.symlink("..", f"{d}/walk/up")  # a folder that contains itself
    return dict(argv=[*ONLY, "walk"], codes={1})


def unreadable(d):
    wrap = as_nobody()
    write(f"{d}/secret.md", FIXABLE, 0o000)
    write(f"{d}/walk/secret.md", FIXABLE, 0o000)
    write(f"{d}/walk/ok.md", FIXABLE)
    return dict(argv=[*ONLY, "secret.md", "walk"], wrap=wrap, codes={2}, err="permission denied", post=reported)


def fifo_walked(d):
    write(f"{d}/walk/a.md", FIXABLE)
    os.mkfifo(f"{d}/walk/pipe.md")
    return dict(argv=[*ONLY, "walk"], codes={1})


def fifo_named(d):
    os.mkfifo(f"{d}/pipe.md")
    return dict(argv=["pipe.md"], codes={2}, err="not a regular file")


def nested(marker):
    """Markdown nested 100,000 levels deep on one line: `> > > …`, `- - - …`, `1. 1. …`."""
    def build(d):
        write(f"{d}/a.md", "# Head\n\n" + marker * 100_000 + "Body #one#two.\n")
        return dict(argv=["a.md"], codes={0, 1}, max_s=30, max_mb=500)
    return build


def yaml_laughs(d):
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        levels.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    write(f"{d}/a.md", "---\n" + "\n".join(levels) + "\ntitle: Laughs\n---\n\n# Head\n\nBody.\n")
    return dict(argv=["a.md"], codes={0, 1})


def yaml_million_keys(d):
    with open(f"{d}/a.md", "w") as f:  # hex keys: a million of them still fit the 10 MiB limit
        f.write("---\ntitle: Keys\n")
        for i in range(1_000_000):
            f.write(f"k{i:x}: 1\n")
        f.write("---\n\n# Head\n\nBody.\n")
    return dict(argv=["a.md"], codes={0, 1}, max_s=30, max_mb=1000)


def rule_pack(d, toml_body, draft, kind="existence"):
    write(f"{d}/copydesk.toml", 'rule_paths = ["rules"]\n')
    write(f"{d}/rules/hostile.toml", f'id = "desk/hostile"\nkind = "{kind}"\nmessage = "hit"\n' + toml_body)
    write(f"{d}/a.md", draft)


def regex_nested(d):
    rule_pack(d, "pattern = '(a+)+$'\n", "# Head\n\n" + "a" * (5 * MIB) + "b\n")
    return dict(argv=["a.md"], codes={0, 1}, max_s=30, max_mb=500)


def regex_alternation(d):
    alternation = "|".join(f"w{i}x" for i in range(1600))[:9990].rsplit("|", 1)[0]
    rule_pack(d, f"pattern = '(?:{alternation})'\n", "# Head\n\n" + "w1599y w12x " * 400_000 + "\n")
    return dict(argv=["a.md"], codes={0, 1}, max_s=30, max_mb=500)


def regex_tokens(d):
    tokens = ",".join(f'"t{i}"' for i in range(90_000))
    rule_pack(d, f"tokens = [{tokens}]\n", "# Head\n\nBody t5.\n")
    return dict(argv=["a.md"], codes={2}, err="longer than", max_s=10, max_mb=200)


def regex_10mb(d):
    rule_pack(d, "pattern = '" + "a" * (10 * MIB) + "'\n", "# Head\n\nBody.\n")
    return dict(argv=["a.md"], codes={2}, err="larger than", max_s=5, max_mb=100)


def regex_program(d):
    rule_pack(d, "pattern = '(?:\\w{100}){100}'\n", "# Head\n\nBody.\n")
    return dict(argv=["a.md"], codes={2}, err="invalid regex", max_s=10, max_mb=200)


def regex_replace_table(d):
    table = "".join(f"r{i} = \"s\"\n" for i in range(60_000))  # one regex each, 720 KB
    rule_pack(d, "[replace]\n" + table, "# Head\n\n" + "Body r5 and r59999. " * 1000 + "\n", "substitution")
    return dict(argv=["a.md"], codes={2}, err="compiles at most", max_s=10, max_mb=200)


def fix_readonly_folder(d):
    wrap = as_nobody()
    write(f"{d}/locked/a.md", FIXABLE)
    os.chmod(f"{d}/locked", 0o555)
    return dict(argv=[*ONLY, "--fix", "locked/a.md"], wrap=wrap, codes={2}, err="permission denied", post=reported)


def fix_readonly_file(d):
    wrap = as_nobody()
    write(f"{d}/open/a.md", FIXABLE, 0o444)
    os.chmod(f"{d}/open", 0o777)  # anyone may rename over it: only the file says no
    if os.geteuid() == 0:
        os.chown(f"{d}/open/a.md", 65534, 65534)
    return dict(argv=[*ONLY, "--fix", "open/a.md"], wrap=wrap, codes={2}, err="permission denied", post=reported)


def reported(results):
    return None if ":3:6" in results[0]["out"] else "the findings are not reported"


def fix_disk_full(d):
    mnt = f"{d}/full"
    os.mkdir(mnt)
    if os.geteuid() != 0:
        raise Skip("mounting a tmpfs needs root")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mnt], capture_output=True, text=True)
    if r.returncode != 0:
        raise Skip(f"mount -t tmpfs failed: {r.stderr.strip()[:60]}")
    umount = lambda: subprocess.run(["umount", mnt], check=True)  # run after the case, as cleanup
    write(f"{mnt}/a.md", FIXABLE + "#a#b " * 2000 + "\n")  # the fix grows it by 2000 spaces
    try:
        with open(f"{mnt}/filler", "wb") as f:
            while True:  # until the disk is full
                f.write(b"x" * 1024)
                f.flush()
    except OSError as e:
        if e.errno != 28:
            umount()
            raise
    return dict(argv=[*ONLY, "--fix", "full/a.md"], codes={2}, err="space", post=reported, cleanup=umount)


def fix_race(d):
    text = "Head\n\nBody.\n\n" + "".join(f"#w{i}#v{i} " for i in range(100_000)) + "\n"
    write(f"{d}/ref/a.md", text)
    ref = run([[BIN, "check", *ONLY, "--fix", "ref/a.md"]], d, 60)[0]
    fixed = open(f"{d}/ref/a.md").read()
    shutil.rmtree(f"{d}/ref")
    if ref["code"] not in (0, 1) or fixed == text:  # a row that says so, not a race on nothing
        return dict(argv=["--version"], codes={0}, post=lambda r: "the reference --fix fixed nothing")
    write(f"{d}/a.md", text)
    argv = [BIN, "check", *ONLY, "--format", "concise", "--fix", "a.md"]

    def post(results):
        for r in results:
            if r["code"] == 2 and "changed while" not in r["err"]:
                return f"exit 2 for another reason: {first_line(r['err'])}"
        now = open(f"{d}/a.md").read()
        if now != fixed:
            return f"file is neither version: {len(now)} bytes, fixed is {len(fixed)}"
        debris = [n for n in os.listdir(d) if n.startswith(".copydesk-")]
        return f"temporary files left: {debris}" if debris else None

    return dict(runs=[argv, argv], codes={0, 1, 2}, changed=True, max_s=60, max_mb=500, post=post)


CASES = {
    "gigabyte": gigabyte, "line-50mb": line_50mb, "line-9mb": line_9mb,
    "loop-named": loop_named, "loop-walked": loop_walked, "unreadable": unreadable,
    "fifo-walked": fifo_walked, "fifo-named": fifo_named, "dev-zero": lambda d: dict(argv=["/dev/zero"], codes={2}, err="not a regular file"),
    "nested-quotes": nested("> "), "nested-lists": nested("- "), "nested-ordered": nested("1. "),
    "yaml-laughs": yaml_laughs, "yaml-million-keys": yaml_million_keys,
    "regex-nested": regex_nested, "regex-alternation": regex_alternation, "regex-tokens": regex_tokens,
    "regex-10mb": regex_10mb, "regex-program": regex_program, "regex-replace-table": regex_replace_table,
    "fix-readonly-folder": fix_readonly_folder, "fix-readonly-file": fix_readonly_file,
    "fix-disk-full": fix_disk_full, "fix-race": fix_race,
}


def spawn(argv, cwd, out, err):
    """fork and exec, not subprocess: its vfork hands the child this script's peak
    memory (Linux keeps ru_maxrss across exec), and it reaps children it did not wait for."""
    pid = os.fork()
    if pid == 0:
        try:
            os.setsid()  # its own group, so a timeout kills a wrapper and copydesk both
            os.chdir(cwd)
            null = os.open(os.devnull, os.O_RDONLY)
            for fd, to in ((null, 0), (out.fileno(), 1), (err.fileno(), 2)):
                os.dup2(fd, to)
            os.execvpe(argv[0], argv, dict(os.environ, NO_COLOR="1"))
        finally:
            os._exit(127)
    return pid


def run(argvs, cwd, timeout):
    """Start every argv at once; wait for all (SIGKILL at `timeout`); their results."""
    procs = []
    for argv in argvs:
        out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()  # no pipe to fill and block
        procs.append(dict(pid=spawn(argv, cwd, out, err), out_f=out, err_f=err, code=None, timed_out=False))
    start = time.monotonic()
    while any(p["code"] is None for p in procs):
        for p in procs:
            pid, status, usage = os.wait4(p["pid"], os.WNOHANG) if p["code"] is None else (0, 0, None)
            if pid:
                p["code"] = os.waitstatus_to_exitcode(status)
                p["rss"], p["secs"] = usage.ru_maxrss / 1024, time.monotonic() - start
            elif p["code"] is None and time.monotonic() - start > timeout and not p["timed_out"]:
                os.killpg(p["pid"], signal.SIGKILL)
                p["timed_out"] = True
        time.sleep(0.01)
    for p in procs:
        for key in ("out", "err"):
            p[f"{key}_f"].seek(0)
            p[key] = p.pop(f"{key}_f").read().decode("utf-8", "replace")
    return procs


def snapshot(d):
    """Every regular file under `d` (links not followed): path -> fingerprint."""
    seen = {}
    for root, _, files in os.walk(d):
        for name in files:
            path = os.path.join(root, name)
            st = os.lstat(path)
            if stat.S_ISREG(st.st_mode) and (st.st_size > 64 * MIB or not os.access(path, os.R_OK)):
                seen[path] = (st.st_size, st.st_ino, st.st_mtime_ns)
            elif stat.S_ISREG(st.st_mode):
                with open(path, "rb") as f:
                    seen[path] = hashlib.sha256(f.read()).hexdigest()
    return seen


def first_line(text):
    line = next((l for l in text.splitlines() if l.strip()), "")
    return line if len(line) <= 100 else line[:99] + "…"


def verdict(case, results, changed):
    for r in results:
        if r["timed_out"]:
            return "hung: killed at the timeout"
        if r["code"] < 0:
            return f"killed by signal {-r['code']}"
        if "panicked" in r["err"] or "internal error" in r["err"]:
            return "panic: " + first_line(r["err"])
        if r["code"] not in case["codes"]:
            return f"exit {r['code']}, expected {sorted(case['codes'])}"
        if "err" in case and case["err"] not in r["err"]:
            return f"stderr lacks {case['err']!r}"
        max_s, max_mb = case.get("max_s", 5), case.get("max_mb", 60)  # what a refusal may take
        if r["secs"] > max_s:
            return f"{r['secs']:.1f} s, over {max_s} s"
        if r["rss"] > max_mb:
            return f"{r['rss']:.0f} MB, over {max_mb} MB"
    if changed and not case.get("changed"):
        return "an input file changed"
    return case["post"](results) if "post" in case else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=list(CASES), metavar="NAME", help="one case: " + ", ".join(CASES))
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--keep", action="store_true", help="keep the inputs and print where")
    a = ap.parse_args()
    if not os.access(BIN, os.X_OK):
        sys.exit("build first: cargo build --release")
    print(f"{'case':20} {'exit':>5} {'secs':>6} {'MB':>6} {'changed':>7}  {'result':6} stderr / why")
    failed = 0
    base = tempfile.mkdtemp(prefix="copydesk-hostile-")
    os.chmod(base, 0o755)  # nobody must reach the inputs
    for name, build in CASES.items():
        if a.only and name != a.only:
            continue
        d = os.path.join(base, name)
        os.mkdir(d)
        os.chmod(d, 0o755)
        case = None
        try:
            case = build(d)
            before = snapshot(d)
            argvs = case.get("runs") or [[BIN, "check", "--format", "concise", *case["argv"]]]
            argvs = [wrap_argv(case.get("wrap", []), argv) for argv in argvs]
            results = run(argvs, d, a.timeout)
            changed = snapshot(d) != before
            why = verdict(case, results, changed)
        except Skip as e:
            print(f"{name:20} {'-':>5} {'-':>6} {'-':>6} {'-':>7}  SKIP   {e}")
            continue
        finally:
            if case and "cleanup" in case:
                case["cleanup"]()
        failed += why is not None
        codes, mb = ",".join(str(r["code"]) for r in results), max(r["rss"] for r in results)
        secs = max(r["secs"] for r in results)
        note = first_line(results[0]["err"]) if why is None else why
        print(f"{name:20} {codes:>5} {secs:>6.2f} {mb:>6.0f} {'yes' if changed else 'no':>7}  "
              f"{'PASS' if why is None else 'FAIL':6} {note}", flush=True)
        if why is not None:
            print(f"{'':20} stderr: {first_line(results[0]['err'])}")
    if a.keep:
        print(f"inputs kept in {base}")
    else:
        subprocess.run(["chmod", "-R", "u+rwX", base])
        shutil.rmtree(base, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
