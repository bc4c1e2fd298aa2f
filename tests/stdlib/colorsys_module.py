# colorsys conversions over a grid of colors and their round trips, printed
# with repr so every bit of the floats is compared with python3.13.
import colorsys

steps = [0.0, 0.1, 0.2, 0.25, 1/3, 0.5, 0.6, 2/3, 0.75, 0.9, 1.0]
for r in steps[::2]:
    for g in steps[1::3]:
        for b in steps[::3]:
            for to, back in ((colorsys.rgb_to_yiq, colorsys.yiq_to_rgb),
                             (colorsys.rgb_to_hls, colorsys.hls_to_rgb),
                             (colorsys.rgb_to_hsv, colorsys.hsv_to_rgb)):
                mid = to(r, g, b)
                print(to.__name__, (r, g, b), mid, back(*mid))
for h in [-0.5, 0.0, 0.16, 1/6, 0.5, 0.99, 1.0, 1.5, 7.25]:
    for x in (0.0, 0.3, 0.5, 0.7, 1.0):
        print(h, x, colorsys.hsv_to_rgb(h, x, 0.8), colorsys.hls_to_rgb(h, x, 0.6))
print(colorsys.yiq_to_rgb(2.0, -3.0, 3.0), colorsys.yiq_to_rgb(-1.0, 0.0, 0.0))
print(colorsys.rgb_to_hls(1, 1, 1), colorsys.rgb_to_hsv(0, 0, 0), colorsys.rgb_to_hls(1, 0, 0))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, colorsys.__all__)
for bad in [('x', 0, 0), (None, 1, 2)]:
    try:
        colorsys.rgb_to_hsv(*bad)
    except TypeError as e:
        print('TypeError', e)
