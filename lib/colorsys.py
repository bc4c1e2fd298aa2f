"""Conversions between RGB and the YIQ, HLS and HSV color systems.

For each system XYZ there is rgb_to_xyz(r, g, b) giving a triple of that
system and xyz_to_rgb(x, y, z) giving (r, g, b) back. Values are floats
from 0.0 to 1.0; YIQ's I and Q reach a little beyond that range, and inputs
out of range may give out-of-range results or raise.

RGB: red, green, blue
YIQ: luminance and two chrominance axes (composite video)
HLS: hue, lightness, saturation
HSV: hue, saturation, value
"""

# Kaa's colorsys: every formula keeps CPython's order of float operations,
# so results agree to the last bit.

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def _clamp(x):
    # Low end first, as the reference does (a NaN passes through).
    if x < 0.0:
        x = 0.0
    if x > 1.0:
        x = 1.0
    return x


def rgb_to_yiq(r, g, b):
    y = 0.30*r + 0.59*g + 0.11*b
    dr, db = r - y, b - y
    return (y, 0.74*dr - 0.27*db, 0.48*dr + 0.41*db)


def yiq_to_rgb(y, i, q):
    # The inverse of rgb_to_yiq's matrix, rounded to doubles.
    red = y + 0.9468822170900693*i + 0.6235565819861433*q
    green = y - 0.27478764629897834*i - 0.6356910791873801*q
    blue = y - 1.1085450346420322*i + 1.7090069284064666*q
    red, green, blue = _clamp(red), _clamp(green), _clamp(blue)
    return (red, green, blue)


def _hue(r, g, b, top, spread):
    # The hue shared by HLS and HSV: which channel is largest picks the
    # sector, the distances of the other two from it place it within.
    dr = (top-r) / spread
    dg = (top-g) / spread
    db = (top-b) / spread
    if r == top:
        h = db-dg
    elif g == top:
        h = 2.0+dr-db
    else:
        h = 4.0+dg-dr
    return (h/6.0) % 1.0


def rgb_to_hls(r, g, b):
    top = max(r, g, b)
    bottom = min(r, g, b)
    total = (top+bottom)
    spread = (top-bottom)
    light = total/2.0
    if top == bottom:
        return 0.0, light, 0.0
    # Above the middle the divisor is 2.0-top-bottom, which is not always
    # the same double as 2.0-total.
    sat = spread / total if light <= 0.5 else spread / (2.0-top-bottom)
    return _hue(r, g, b, top, spread), light, sat


def _v(m1, m2, hue):
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return m1 + (m2-m1)*hue*6.0
    if hue < 0.5:
        return m2
    if hue < TWO_THIRD:
        return m1 + (m2-m1)*(TWO_THIRD-hue)*6.0
    return m1


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    high = l * (1.0+s) if l <= 0.5 else l+s-(l*s)
    low = 2.0*l - high
    return (_v(low, high, h+ONE_THIRD), _v(low, high, h), _v(low, high, h-ONE_THIRD))


def rgb_to_hsv(r, g, b):
    top = max(r, g, b)
    bottom = min(r, g, b)
    spread = (top-bottom)
    if top == bottom:
        return 0.0, 0.0, top
    return _hue(r, g, b, top, spread), spread / top, top


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    sector = int(h*6.0)
    frac = (h*6.0) - sector
    p = v*(1.0 - s)
    q = v*(1.0 - s*frac)
    t = v*(1.0 - s*(1.0-frac))
    # Each sector of the hue circle: which of v, p, q, t is red, green, blue.
    return ((v, t, p), (q, v, p), (p, v, t),
            (p, q, v), (t, p, v), (v, p, q))[sector % 6]
