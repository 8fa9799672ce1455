"""Properties that must hold for any input, not only the examples we thought of (hypothesis)."""

import unicodedata
from datetime import date
from urllib.parse import quote, urlencode

from hypothesis import given, settings
from hypothesis import strategies as st

from govnews.crawler.understand.dates import parse_vn_date
from govnews.crawler.urls import canonicalize, rules

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
segment = st.text(alphabet=VIETNAMESE + "0123456789-_.", min_size=1, max_size=12)
param_name = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8).filter(
    lambda name: name not in rules().drop_params and not name.startswith(rules().drop_param_prefixes)
)
params = st.dictionaries(param_name, st.text(alphabet=VIETNAMESE + "0123456789", max_size=8), max_size=5)
hosts = st.sampled_from(["dienbien.gov.vn", "WWW.DakLak.gov.vn", "127.0.0.1:8080", "sldtbxh.haugiang.gov.vn"])


@st.composite
def urls(draw: st.DrawFn) -> tuple[str, dict[str, str]]:
    path = "/" + "/".join(draw(st.lists(segment, min_size=0, max_size=4)))
    query = draw(params)
    return f"{draw(st.sampled_from(['http', 'https', 'HTTP']))}://{draw(hosts)}{path}", query


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_canonicalize_never_raises_and_is_idempotent_on_any_string(text):
    once = canonicalize(text)
    assert isinstance(once, str)
    assert canonicalize(once) == once


@settings(max_examples=300, deadline=None)
@given(urls(), st.randoms())
def test_canonical_url_ignores_query_order_encoding_and_normal_form(url_query, rnd):
    base, query = url_query
    items = list(query.items())
    shuffled = items[:]
    rnd.shuffle(shuffled)
    a = canonicalize(f"{base}?{urlencode(items)}" if items else base)
    b = canonicalize(f"{base}?{urlencode(shuffled)}" if shuffled else base)
    assert a == b
    assert canonicalize(a) == a
    # The same URL written raw, percent-encoded, or in NFD is one canonical URL.
    nfd = unicodedata.normalize("NFD", base)
    scheme, rest = nfd.split("://", 1)
    host, _, path = rest.partition("/")
    encoded = f"{scheme}://{host}/{quote(path)}"
    assert canonicalize(nfd) == canonicalize(base) == canonicalize(encoded)


@settings(max_examples=200, deadline=None)
@given(urls(), st.sampled_from(sorted(rules().drop_params)), st.text(alphabet="0123456789abcdef", max_size=32))
def test_session_and_tracking_parameters_are_dropped(url_query, session_param, value):
    base, query = url_query
    plain = canonicalize(f"{base}?{urlencode(query)}" if query else base)
    with_session = canonicalize(f"{base}?{urlencode({**query, session_param: value})}")
    assert with_session == plain


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_parse_vn_date_never_raises(text):
    result = parse_vn_date(text)
    assert result is None or date.fromisoformat(result[:10])


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)),
    st.sampled_from(["/", "-", "."]),
    st.sampled_from(["Ngày {d}", "Cập nhật: {d}", "({d})", "{d} 08:30"]),
)
def test_parse_vn_date_reads_day_first(day, sep, template):
    written = template.format(d=f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}")
    assert parse_vn_date(written)[:10] == day.isoformat()
