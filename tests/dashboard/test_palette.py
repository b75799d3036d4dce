"""The RAG palette stays distinguishable for people with colour-vision deficiencies.

Every pair of palette colours (the ratings and the grey "not rated") must differ by a
CIEDE2000 of at least 10 in normal vision and under simulated protanopia, deuteranopia and
tritanopia (Machado et al. 2009, severity 1.0).  The colour maths is checked first against
published data, so a passing palette test means something.
"""

from __future__ import annotations

import itertools

import pytest
from colourvision import MACHADO_2009, ciede2000, difference, lab, linear_rgb, simulate

from dashboard.theme import Rag

MIN_DIFFERENCE = 10.0
VISIONS = [None, *MACHADO_2009]

# Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula: implementation notes,
# supplementary test data, and mathematical observations", Table 1: L1 a1 b1, L2 a2 b2, ΔE00.
SHARMA_PAIRS = [
    (50.0000, 2.6772, -79.7751, 50.0000, 0.0000, -82.7485, 2.0425),
    (50.0000, 3.1571, -77.2803, 50.0000, 0.0000, -82.7485, 2.8615),
    (50.0000, 2.8361, -74.0200, 50.0000, 0.0000, -82.7485, 3.4412),
    (50.0000, -1.3802, -84.2814, 50.0000, 0.0000, -82.7485, 1.0000),
    (50.0000, -1.1848, -84.8006, 50.0000, 0.0000, -82.7485, 1.0000),
    (50.0000, -0.9009, -85.5211, 50.0000, 0.0000, -82.7485, 1.0000),
    (50.0000, 0.0000, 0.0000, 50.0000, -1.0000, 2.0000, 2.3669),
    (50.0000, -1.0000, 2.0000, 50.0000, 0.0000, 0.0000, 2.3669),
    (50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0009, 7.1792),
    (50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0010, 7.1792),
    (50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0011, 7.2195),
    (50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0012, 7.2195),
    (50.0000, -0.0010, 2.4900, 50.0000, 0.0009, -2.4900, 4.8045),
    (50.0000, -0.0010, 2.4900, 50.0000, 0.0010, -2.4900, 4.8045),
    (50.0000, -0.0010, 2.4900, 50.0000, 0.0011, -2.4900, 4.7461),
    (50.0000, 2.5000, 0.0000, 50.0000, 0.0000, -2.5000, 4.3065),
    (50.0000, 2.5000, 0.0000, 73.0000, 25.0000, -18.0000, 27.1492),
    (50.0000, 2.5000, 0.0000, 61.0000, -5.0000, 29.0000, 22.8977),
    (50.0000, 2.5000, 0.0000, 56.0000, -27.0000, -3.0000, 31.9030),
    (50.0000, 2.5000, 0.0000, 58.0000, 24.0000, 15.0000, 19.4535),
    (50.0000, 2.5000, 0.0000, 50.0000, 3.1736, 0.5854, 1.0000),
    (50.0000, 2.5000, 0.0000, 50.0000, 3.2972, 0.0000, 1.0000),
    (50.0000, 2.5000, 0.0000, 50.0000, 1.8634, 0.5757, 1.0000),
    (50.0000, 2.5000, 0.0000, 50.0000, 3.2592, 0.3350, 1.0000),
    (60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644),
    (63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.2630),
    (61.2901, 3.7196, -5.3901, 61.4292, 2.2480, -4.9620, 1.8731),
    (35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645),
    (22.7233, 20.0904, -46.6940, 23.0331, 14.9730, -42.5619, 2.0373),
    (36.4612, 47.8580, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146),
    (90.8027, -2.0831, 1.4410, 91.1528, -1.6435, 0.0447, 1.4441),
    (90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381),
    (6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377),
    (2.0776, 0.0795, -1.1350, 0.9033, -0.0636, -0.5514, 0.9082),
]


@pytest.mark.parametrize("pair", SHARMA_PAIRS)
def test_ciede2000_matches_sharma_test_data(pair):
    l1, a1, b1, l2, a2, b2, expected = pair
    assert ciede2000((l1, a1, b1), (l2, a2, b2)) == pytest.approx(expected, abs=1e-4)
    assert ciede2000((l2, a2, b2), (l1, a1, b1)) == pytest.approx(expected, abs=1e-4)


def test_lab_of_reference_colours():
    """White is L* 100 with no hue, black L* 0; sRGB red is L* 53.24, a* 80.09, b* 67.20 (D65)."""
    assert lab(linear_rgb("#ffffff")) == pytest.approx((100, 0, 0), abs=0.01)
    assert lab(linear_rgb("#000000")) == pytest.approx((0, 0, 0), abs=0.01)
    assert lab(linear_rgb("#ff0000")) == pytest.approx((53.24, 80.09, 67.20), abs=0.05)


@pytest.mark.parametrize("deficiency", list(MACHADO_2009))
def test_simulation_keeps_greys_and_merges_the_lost_axis(deficiency):
    """Machado's matrices leave neutral greys unchanged; red and green collapse for red-green deficiencies."""
    for grey in ("#000000", "#777777", "#ffffff"):
        assert simulate(linear_rgb(grey), deficiency) == pytest.approx(linear_rgb(grey), abs=2e-3)
    red_green = difference("#d62728", "#2ca02c", deficiency)
    if deficiency in ("protanopia", "deuteranopia"):
        assert red_green < difference("#d62728", "#2ca02c") / 2
    else:
        assert red_green > MIN_DIFFERENCE


def palette_differences(deficiency: str | None) -> list[tuple[float, Rag, Rag]]:
    return sorted((difference(a.fill, b.fill, deficiency), a, b) for a, b in itertools.combinations(Rag, 2))


@pytest.mark.parametrize("deficiency", VISIONS, ids=lambda d: d or "normal")
def test_every_pair_of_rag_colours_is_distinguishable(deficiency):
    pairs = palette_differences(deficiency)
    print(f"\n{deficiency or 'normal vision'}: closest pairs (CIEDE2000)")
    for value, a, b in pairs[:5]:
        print(f"  {a.word} {a.fill} / {b.word} {b.fill}: {value:.1f}")
    too_close = [f"{a.word}/{b.word} {value:.1f}" for value, a, b in pairs if value < MIN_DIFFERENCE]
    assert not too_close, f"palette pairs below ΔE00 {MIN_DIFFERENCE} ({deficiency or 'normal'}): {too_close}"
