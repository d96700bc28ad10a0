"""One clock (labnet.common.clock): now in UTC, one stored form, and every form LabNet stored before still read."""

import datetime as dt

import pytest

from labnet.common import clock

MOMENT = dt.datetime(2026, 12, 4, 12, 0, 5, 123000, tzinfo=dt.UTC)


@pytest.mark.parametrize("text, where", [
    ("2026-12-04T12:00:05.123Z", "the catalogue's records, logs and accounts; methods (the stored form)"),
    ("2026-12-04T12:00:05Z", "profile links before labnet.common.clock; key documents (labnet.protocol.keys.utc_stamp)"),
    ("2026-12-04T12:00:05+00:00", "the hub's tables; network.json; backup manifests"),
    ("2026-12-04T12:00:05.123000+00:00", "Python's isoformat with microseconds"),
    ("2026-12-04T14:00:05.123+02:00", "a time written with another offset"),
])
def test_each_form_stored_before_is_read_as_the_same_moment(text, where):
    expected = MOMENT if ".123" in text else MOMENT.replace(microsecond=0)
    read = clock.parse(text)
    assert read == expected, where
    assert read.tzinfo == dt.UTC


def test_a_time_without_a_zone_is_refused():
    with pytest.raises(ValueError):
        clock.parse("2026-12-04T12:00:05")
    with pytest.raises(ValueError):
        clock.stamp(dt.datetime(2026, 12, 4, 12, 0, 5))
    with pytest.raises(ValueError):
        clock.parse("4 December 2026")


def test_the_stored_form_is_utc_milliseconds_and_z_and_reads_back():
    assert clock.stamp(MOMENT) == "2026-12-04T12:00:05.123Z"
    assert clock.stamp(MOMENT.astimezone(dt.timezone(dt.timedelta(hours=-5)))) == "2026-12-04T12:00:05.123Z"
    assert clock.stamp(MOMENT.replace(microsecond=0)) == "2026-12-04T12:00:05.000Z"
    assert clock.parse(clock.stamp(MOMENT)) == MOMENT


def test_stored_text_sorts_as_time_does():
    moments = [MOMENT + dt.timedelta(milliseconds=n) for n in (0, 1, 999, 1000, 59_000, 3_600_000)]
    texts = [clock.stamp(m) for m in moments]
    assert sorted(texts) == texts and len({len(t) for t in texts}) == 1


def test_now_is_aware_utc():
    before = dt.datetime.now(dt.UTC)
    now = clock.now()
    assert now.tzinfo == dt.UTC and before <= now <= dt.datetime.now(dt.UTC)
    assert clock.parse(clock.stamp()) <= dt.datetime.now(dt.UTC)
