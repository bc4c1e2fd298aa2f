s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print("ß".upper(), "ﬁ".upper(), "İ".lower(), "ǅ".title(), "straße".casefold(), "ΣΑΣ".lower(), "Σ".lower(), "ŉ".upper())
print("hello world foo".title(), "they're bill's".title(), "3rd place".title(), "a1b2".capitalize(), "ABC def".capitalize())
print(s.find("o"), s.rfind("o"), s.find("o", 5), s.find("z"), s.index("W"), s.rindex("l"), s.count("l"), s.count(""), "aaa".count("aa"))
try:
    s.index("z")
except ValueError as e:
    print(e)
print(s.startswith("Hell"), s.startswith(("x", "He")), s.endswith("ld"), s.endswith("o", 0, 5), s.startswith("W", 7))
print(s.replace("l", "L"), s.replace("l", "L", 2), "aaa".replace("", "-"), "abc".replace("", "|", 2))
print(" x ".strip(), "xxhixx".strip("x"), "  a".lstrip(), "b  ".rstrip(), "abcba".strip("ab"), "\t\n x \r\x0b".strip())
print("a,b,,c".split(","), "a b  c".split(), " a b ".split(" "), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "".split(), "".split(","))
print("l1\nl2\r\nl3\rl4".splitlines(), "a\nb\n".splitlines(True), "x\x0by\x1cz\u2028w".splitlines())
print(",".join(["a", "b"]), "".join([]), "-".join("abc"), s.partition(", "), s.rpartition("o"), s.partition("zz"))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".center(2))
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4), "ab\tc\nd\te".expandtabs(3))
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "١٢٣".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "   ".isspace(), "".isspace())
print("Hello".istitle(), "HELLO".isupper(), "hello".islower(), "hello_1".isidentifier(), "1a".isidentifier(), "abc".isascii(), "é".isascii(), "\t".isprintable(), "a".isprintable())
print("é".isalpha(), "中".isalpha(), "ǅ".istitle(), "ǅ".isupper(), "Ⅷ".isnumeric(), "Ⅷ".isupper(), "ß".islower())
print("abc".encode(), "é".encode("utf-8"), "é".encode("latin-1"), "€".encode("utf-16-le"), "abc".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print("é".encode("ascii", "ignore"), "é".encode("ascii", "replace"), "é€".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
t = str.maketrans("abc", "xyz", "d")
print("abcd".translate(t), "hello".translate({ord("l"): None, ord("o"): "0"}), str.maketrans({"a": "b"}))
print("ab" * 3, "a" in "abc", "" in "abc", "abc" < "abd", "Z" < "a", "abc"[::-1], "abcdef"[1:5:2], "abc"[-1], "abc"[5:])
print("%s|%5s|%-5s|" % ("a", "b", "c"), "{:>5}".format("x"), "x".removeprefix("x"), "prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\n\t\\"), repr("\x00\x7f\x80\xff"), repr("é中\U0001f600"), repr("\u200b\ud800"), ascii("é中"))
print(str(b"abc"), str(b"abc", "ascii"), str(bytearray(b"x"), "utf-8"), str(), str(5), str([1, "a"]), str(None))
print(len("中文"), len("\U0001f600"), ord("€"), chr(8364), chr(0x1f600), ord("\U0001f600"))
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
print("a-b_c d".split("-"), "1,2;3".replace(";", ","), "Mississippi".count("ss"), "x".join(["1", "2", "3"]))
print("abc".find(""), "abc".find("", 10), "abc".rfind(""), "".find(""), "abc".startswith(""), "abc"[1:1] == "")
print("{0!r} {0!s} {0!a}".format("é"), format("é", "^5"), "Ä".lower(), "ÀÉÎ".casefold(), "ﬀ".lower(), "ﬀ".upper())
print("tschüß".upper(), "ΌΣΟΣ".lower(), "İstanbul".lower(), len("İ".lower()), "ﬃ".title(), "ǈ".swapcase())
print(str.upper("x"), "Hello".__len__(), "a".__add__("b"), "ab".__contains__("b"), "ab".__getitem__(0), "a" .__mul__(3))
print("x=%d y=%s" % (1, "two"), "%c%c" % (104, "i"), "%.1f%%" % 99.5, "%5.2e" % 12345.678, "%g" % 1e-10, "%G" % 1e20)
