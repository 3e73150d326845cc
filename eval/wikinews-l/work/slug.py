import re
def slug(title, maxlen=60):
    """wikinews-f rule as reproduced here: lower-case, apostrophes removed, other
    non-alphanumerics to hyphens; if longer than maxlen, cut to maxlen characters and
    back to the last hyphen (so at most maxlen-1 characters)."""
    s = title.lower()
    s = s.replace("'", "").replace("\u2019", "").replace("\u02bc", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if len(s) <= maxlen:
        return s
    t = s[:maxlen]
    return t[:t.rfind("-")]
