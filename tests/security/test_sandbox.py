"""User phrasings: they work, and injection payloads raise without executing anything."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

import rejection_kit as rk

PAYLOADS = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ self.__dict__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ '{0.__class__}'.format(c) }}",
    "{{ c.__class__.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'] }}",
    "{{ config.items() }}",
    "{{ request.application.__globals__ }}",
    "{% for x in range(10**9) %}x{% endfor %}",
    "{{ 'a' * 10**8 }}",
    "{{ 2 ** 100000000 }}",
    "{{ 'x'|center(999999999) }}",
    "{{ 'x'|replace('x', 'xxxxxxxxxx')|replace('x', 'xxxxxxxxxx') }}",
    "{% macro d(s) %}{{ d(s ~ s) }}{% endmacro %}{{ d('x') }}",
    "{% for a in c.role %}{% for b in c.role %}x{% endfor %}{% endfor %}",
    "{% include 'letter.j2' %}",
    "{% import 'letter.j2' as l %}",
    "{% set x = 1 %}{{ x }}",
    "{{ c.candidate.__len__() }}",
    "{{ undefined_name }}",
    "{% if %}",
    # Resource bombs: each is refused before it can build its value.
    '{{ "%999999999d" % 1 }}',
    '{{ "%s" % c.company }}',
    '{{ [c.company, c.company]|join("x" * 9999) }}',
    "{{ c.company|list|join('y' * 9999) }}",
    "{{ ((((10**64)**64)**64)**64) }}",
    "{{ (10**1000) * (10**1000) * (10**1000) * (10**1000) * (10**1000) }}",
    "{{ (c.company * 900) ~ (c.company * 900) ~ (c.company * 900) ~ (c.company * 900) }}",
    "{% for x in c.company * 500 %}{{ c.company * 300 }}{% endfor %}",
    "{{ c.company.format }}",
    "{{ c.company['upper'] }}",
    "{{ c.company.__class__ }}",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_injection_payloads_raise_and_execute_nothing(
    payload: str, sample: rk.Situation, tmp_path: Path
) -> None:
    """Each payload raises TemplateError, at compile time or when rendered."""
    marker = tmp_path / "pwned"
    payload = payload.replace("'id'", f"'touch {marker}'")
    with pytest.raises(rk.TemplateError):
        _compose_with(sample, payload)
    assert not marker.exists()


def test_bombs_cost_little_memory(sample: rk.Situation) -> None:
    """Every payload, bombs included, is refused with far less than 200 MB in use."""
    _compose_with(sample, "All the best.")  # catalogs and templates load outside the count
    tracemalloc.start()
    try:
        for payload in PAYLOADS:
            with pytest.raises(rk.TemplateError):
                _compose_with(sample, payload)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50e6


def test_a_long_loop_without_output_runs_out_of_time(sample: rk.Situation) -> None:
    """A loop that burns CPU without printing is stopped by the render's time budget."""
    slow = "{% for x in 'x' * 9999 %}{% if (x * 9999)|length > 0 %}{% endif %}{% endfor %}"
    with pytest.raises(rk.TemplateError, match="takes more than"):
        _compose_with(sample, slow * 40)  # about a second of work without the budget


def test_a_method_is_never_printed(sample: rk.Situation) -> None:
    """c.company.format is refused rather than printing a memory address."""
    with pytest.raises(rk.TemplateError, match="format"):
        _compose_with(sample, "{{ c.company.format }}")


def _compose_with(sample: rk.Situation, phrasing: str) -> rk.Message:
    block = rk.phrasings("well_wishes", [phrasing], replace=True)
    return rk.compose(sample, recipe=rk.recipes.thank_you.replacing(block), to="Lena Park")


def test_custom_phrasings_are_used_with_the_facts(sample: rk.Situation) -> None:
    """A user's phrasing renders with the situation's values and is recorded as custom."""
    team = "{% if c.team %} and in {{ c.team }}{% endif %}"
    block = rk.phrasings(
        "well_wishes", ["All the best to everyone at {{ c.company }}" + team + "."], replace=True
    )
    message = rk.compose(sample, recipe=rk.recipes.thank_you.replacing(block), to="Lena Park")
    assert "All the best to everyone at Northwind Analytics and in Analytics." in message.text
    assert "well_wishes.team.custom1" in message.variant_ids


def test_phrasings_per_group_extend_the_builtin_ones(sample: rk.Situation) -> None:
    """Without replace, custom phrasings join the built-in ones for their group."""
    block = rk.phrasings(
        "gratitude", {"call": ["Thanks a lot for calling me, {{ c.recipient }}."]}
    )
    ids = {
        m.variant_ids[1]
        for m in rk.every_variant(
            sample, recipe=rk.recipes.thank_you.replacing(block), to="Sam Ortiz"
        )
    }
    assert "gratitude.call.custom1" in ids
    assert "gratitude.call.1" in ids


def test_phrasings_apply_only_in_their_locale(sample: rk.Situation) -> None:
    """Phrasings written for another locale leave the built-in ones in place."""
    from rejection_kit._custom import Phrasings

    block = rk.phrasings("well_wishes", ["Go team!"], replace=True)
    assert isinstance(block, Phrasings)
    foreign = type(block)(
        name=block.name,
        paragraph=block.paragraph,
        optional=block.optional,
        locale="xx",
        groups=block.groups,
        base=block.base,
        replace=True,
    )
    message = rk.compose(sample, recipe=rk.recipes.thank_you.replacing(foreign), to="Lena Park")
    assert "Go team!" not in message.text


def test_undefined_variable_is_named(sample: rk.Situation) -> None:
    """An undefined variable raises TemplateError naming it and the phrasing."""
    block = rk.phrasings("well_wishes", ["Best to {{ c.nickname }}."], replace=True)
    with pytest.raises(rk.TemplateError, match=r"well_wishes\..*custom1.*nickname"):
        rk.compose(sample, recipe=rk.recipes.thank_you.replacing(block), to="Lena Park")


def test_phrasings_load_from_a_directory(sample: rk.Situation, tmp_path: Path) -> None:
    """A folder of <block>/<group>/*.j2 files becomes phrasings."""
    folder = tmp_path / "well_wishes" / "team"
    folder.mkdir(parents=True)
    (folder / "mine.j2").write_text("Cheers to the {{ c.team }} crew.\n", encoding="utf-8")
    (blocks,) = rk.load_phrasings(tmp_path, replace=True)
    message = rk.compose(sample, recipe=rk.recipes.thank_you.replacing(blocks), to="Lena Park")
    assert "Cheers to the Analytics crew." in message.text


def test_oversized_template_is_refused() -> None:
    """A phrasing longer than the limit is refused when it is created."""
    with pytest.raises(rk.TemplateError, match="at most"):
        rk.phrasings("well_wishes", ["x" * 5000])
