"""Fast YAML front matter: `dump(front)` returns exactly what
`yaml.dump(front, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False, width=1000)`
returns, without the cost of PyYAML's Python representer and serializer (~0.25 ms an article,
most of markdown_file's time).

It writes the text itself only for shapes whose libyaml rendering is certain: None, bools,
ints, strings of printable non-astral characters without line breaks (plain, or single-quoted
where libyaml would quote them or they would resolve to another type), and lists of such
scalars or of flat dicts of them. Anything else (floats, astral or control characters, strings
over 900 characters with spaces, which width=1000 could fold, nested containers, a list or dict
seen twice, which PyYAML anchors) goes to yaml.dump itself. The quoting rules copy libyaml
0.2.5's yaml_emitter_analyze_scalar for that character set, checked against yaml.dump on
100,000 real articles and on a fuzz of tricky strings in every field.
"""

import re

import yaml
from yaml.resolver import Resolver

_FAST = hasattr(yaml, "CSafeDumper")  # the rules below are libyaml's, not the Python emitter's
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
# libyaml's printable characters minus line breaks and the BOM
_SAFE = re.compile("[ -~\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*").fullmatch
_INDICATORS = frozenset("#,[]{}&*!|>'\"%@`")
_RESOLVERS = Resolver.yaml_implicit_resolvers  # first character -> [(tag, regexp)]
_resolve = Resolver().resolve
_STR = "tag:yaml.org,2002:str"


class _Slow(Exception):
    pass


def _string(s: str) -> str:
    if not _SAFE(s) or (len(s) > 900 and " " in s):  # width=1000 could fold it at a space
        raise _Slow
    if (
        s
        and s[0] not in _INDICATORS
        and s[0] != " "
        and s[-1] not in " :"
        and not (s[0] in "-?:" and s[1:2] in ("", " "))
        and ": " not in s
        and " #" not in s
        and s[:3] not in ("---", "...")
        and (
            (s[0] not in _RESOLVERS and None not in _RESOLVERS)
            or _resolve(yaml.ScalarNode, s, (True, False)) == _STR
        )
    ):
        return s
    return "'" + s.replace("'", "''") + "'"


_memo: dict[str, str] = {}  # entity names, tags and keys repeat from article to article


def _scalar(v) -> str:
    t = type(v)
    if t is str:
        r = _memo.get(v)
        if r is None:
            if len(_memo) >= 50_000:
                _memo.clear()
            r = _memo[v] = _string(v)
        return r
    if v is None:
        return "null"
    if t is bool:
        return "true" if v else "false"
    if t is int:
        return str(v)
    raise _Slow


_keys: set[str] = set()  # keys checked to be plain (simple keys must stay short)


def _key(k) -> str:
    if type(k) is not str or (k not in _keys and (len(k) > 64 or _scalar(k) != k)):
        raise _Slow
    if len(_keys) < 1000:
        _keys.add(k)
    return k


def _fast(front: dict) -> str:
    out = []
    seen = {id(front)}  # PyYAML anchors a list or dict that occurs twice
    for k, v in front.items():
        k = _key(k)
        if type(v) is not list:
            out.append(f"{k}: {_scalar(v)}")
        elif id(v) in seen:
            raise _Slow
        elif not v:
            seen.add(id(v))
            out.append(f"{k}: []")
        elif type(v[0]) is not dict:  # a dict further on raises _Slow in _scalar
            seen.add(id(v))
            out.append(f"{k}:\n- " + "\n- ".join(map(_scalar, v)))
        else:
            seen.add(id(v))
            out.append(f"{k}:")
            for x in v:
                if type(x) is not dict or not x or id(x) in seen:
                    raise _Slow
                seen.add(id(x))
                lead = "- "
                for kk, vv in x.items():
                    out.append(f"{lead}{_key(kk)}: {_scalar(vv)}")
                    lead = "  "
    return "\n".join(out) + "\n"


def dump(front: dict) -> str:
    if _FAST and type(front) is dict and front:
        try:
            return _fast(front)
        except _Slow:
            pass
    return yaml.dump(front, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)
