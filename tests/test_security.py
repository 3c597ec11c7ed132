"""Files from strangers: no DTD, no entity expansion, no network, no local file reads."""

from __future__ import annotations

import time

import pytest

from profstandards.errors import InputError
from profstandards.xmlio.reader import read_bytes

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<XMLCardInfo><ProfessionalStandarts>&lol9;</ProfessionalStandarts></XMLCardInfo>
"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE XMLCardInfo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<XMLCardInfo><ProfessionalStandarts>&xxe;</ProfessionalStandarts></XMLCardInfo>
"""


def _refused(data: bytes) -> InputError:
    with pytest.raises(InputError) as info:
        read_bytes(data, "evil.xml")
    return info.value


def test_billion_laughs_is_refused_quickly():
    start = time.perf_counter()
    error = _refused(LAUGHS)
    assert time.perf_counter() - start < 1
    assert "DOCTYPE" in error.message("en")


def test_external_entity_is_refused_and_nothing_is_read(cli, tmp_path):
    error = _refused(XXE)
    assert "root:" not in error.render()
    path = tmp_path / "xxe.xml"
    path.write_bytes(XXE)
    result = cli("validate", "--format", "json", path)
    assert result.exit_code == 2
    assert "root:" not in result.output and "DOCTYPE" in result.output


def test_utf16_doctype_is_refused_after_parsing():
    # The byte scan cannot read UTF-16; the parsed document's DTD is checked too.
    error = _refused(XXE.decode().replace('<?xml version="1.0"?>',
                                          '<?xml version="1.0" encoding="utf-16"?>')
                     .encode("utf-16"))
    assert "DOCTYPE" in error.message("en")




def test_no_network_access_for_dtds_entities_or_xinclude(http_server):
    url, hits = http_server
    attempts = [
        f'<!DOCTYPE XMLCardInfo SYSTEM "{url}/a.dtd"><XMLCardInfo/>',
        f'<!DOCTYPE XMLCardInfo [<!ENTITY % p SYSTEM "{url}/p.dtd"> %p;]><XMLCardInfo/>',
        f'<!DOCTYPE XMLCardInfo [<!ENTITY e SYSTEM "{url}/e.xml">]><XMLCardInfo>&e;</XMLCardInfo>',
    ]
    for text in attempts:
        _refused(text.encode())
    xinclude = (f'<XMLCardInfo xmlns:xi="http://www.w3.org/2001/XInclude">'
                f'<xi:include href="{url}/i.xml"/></XMLCardInfo>').encode()
    result = read_bytes(xinclude, "xi.xml")  # read, never expanded
    assert result.problems  # the include is reported as an unknown element
    assert hits == []
