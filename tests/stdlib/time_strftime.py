# strftime as glibc formats in the C locale: every conversion, flags, widths, modifiers,
# odd formats and zones (time_strftime.env: Europe/Paris, for %Z and %s).
import time, os
def show(f, *a):
    try: print(repr(f(*a)))
    except BaseException as e: print(type(e).__name__, e)
dates = [(2024,1,1,0,0,0,0,1,0), (2024,12,31,23,59,60,1,366,1), (5,3,7,12,5,9,2,66,-1), (-5,7,4,13,0,0,6,185,0), (12345,2,29,1,2,3,3,60,0), (2021,1,3,11,22,33,6,3,0), (2020,12,31,0,0,0,3,366,0), (1999,12,27,0,0,0,0,361,0), (0,1,1,0,0,0,5,1,0), (-2000,1,1,0,0,0,5,1,0)]
codes = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%"
for d in dates:
    print(d)
    out = []
    for c in codes:
        out.append(c + "=" + time.strftime("%" + c, d))
    print(repr(" | ".join(out)))
for fl in ["_", "-", "0", "^", "#", "^#", "10", "_5", "-5", "05", "^10", "#10", "E", "O", "0E", "3O", "_-", "-_0"]:
    out = []
    for c in codes:
        out.append(c + "=" + time.strftime("%" + fl + c, dates[2]))
    print(fl, repr(" | ".join(out)))
for f in ["%", "%%", "%E", "%O", "%5", "%-", "%^", "%E%", "%5%", "%Ez %Oz %EZ", "%Q %E %O %5 %-", "a%", "%%%", "%Ey %EY %EC %Ex %EX %Ec %Od %Oe %OH %OI %Om %OM %OS %Ou %OU %OV %Ow %OW %Oy", "%+Y %+4Y %+10Y", "%#Z %#p %^p %#a %#A %#b %^b", "%3a %10b %1Y %0Y", "%10c", "%^c", "%20x|%20X|%20D|%-20T", "%10z", "%-10z", "%_10z", "%2147483648Y"[:8], "é%Y€", "%:z %::z"]:
    show(time.strftime, f, dates[0])
st = time.struct_time((2024,7,1,12,0,0,0,183,1,'CEST',7200))
print(time.strftime("%Z %z", st))
st = time.struct_time((2024,7,1,12,0,0,0,183,1,'XYZ',-12600))
print(time.strftime("%Z %z %s", st))
st = time.struct_time((2024,7,1,12,0,0,0,183,-1,'XYZ',-12600))
print(repr(time.strftime("%Z %z", st)))
st = time.struct_time((2024,7,1,12,0,0,0,183,0,'',0))
print(repr(time.strftime("%Z %z", st)))
print(repr(time.strftime("%Z %z %s", (2024,7,1,12,0,0,0,183,1))))
print(repr(time.strftime("%Z %z %s", (2024,7,1,12,0,0,0,183,-1))))
print(repr(time.strftime("%Z %z %s", (2024,1,1,12,0,0,0,183,0))))
