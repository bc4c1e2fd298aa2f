# zipfile: reading an archive made by CPython's zipfile (embedded below:
# stored and deflated members, a directory, a UTF-8 name, member and archive
# comments, a member written through open('w') on an unseekable stream with
# a data descriptor), writing and reading back in every mode, Path, and the
# errors.
import base64, io, os, tempfile, zipfile

TEXT = b''.join(b'line %03d of a zip member\n' % i for i in range(150))
ONE = base64.b64decode(
    'UEsDBBQAAAAAANZjsVDr1xVbpg4AAKYOAAAKAAAAc3RvcmVkLnR4dGxpbmUgMDAwIG9mIGEgemlwIG1lbWJlcgpsaW'
    '5lIDAwMSBvZiBhIHppcCBtZW1iZXIKbGluZSAwMDIgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDAzIG9mIGEgemlwIG1l'
    'bWJlcgpsaW5lIDAwNCBvZiBhIHppcCBtZW1iZXIKbGluZSAwMDUgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDA2IG9mIG'
    'EgemlwIG1lbWJlcgpsaW5lIDAwNyBvZiBhIHppcCBtZW1iZXIKbGluZSAwMDggb2YgYSB6aXAgbWVtYmVyCmxpbmUg'
    'MDA5IG9mIGEgemlwIG1lbWJlcgpsaW5lIDAxMCBvZiBhIHppcCBtZW1iZXIKbGluZSAwMTEgb2YgYSB6aXAgbWVtYm'
    'VyCmxpbmUgMDEyIG9mIGEgemlwIG1lbWJlcgpsaW5lIDAxMyBvZiBhIHppcCBtZW1iZXIKbGluZSAwMTQgb2YgYSB6'
    'aXAgbWVtYmVyCmxpbmUgMDE1IG9mIGEgemlwIG1lbWJlcgpsaW5lIDAxNiBvZiBhIHppcCBtZW1iZXIKbGluZSAwMT'
    'cgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDE4IG9mIGEgemlwIG1lbWJlcgpsaW5lIDAxOSBvZiBhIHppcCBtZW1iZXIK'
    'bGluZSAwMjAgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDIxIG9mIGEgemlwIG1lbWJlcgpsaW5lIDAyMiBvZiBhIHppcC'
    'BtZW1iZXIKbGluZSAwMjMgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDI0IG9mIGEgemlwIG1lbWJlcgpsaW5lIDAyNSBv'
    'ZiBhIHppcCBtZW1iZXIKbGluZSAwMjYgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDI3IG9mIGEgemlwIG1lbWJlcgpsaW'
    '5lIDAyOCBvZiBhIHppcCBtZW1iZXIKbGluZSAwMjkgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDMwIG9mIGEgemlwIG1l'
    'bWJlcgpsaW5lIDAzMSBvZiBhIHppcCBtZW1iZXIKbGluZSAwMzIgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDMzIG9mIG'
    'EgemlwIG1lbWJlcgpsaW5lIDAzNCBvZiBhIHppcCBtZW1iZXIKbGluZSAwMzUgb2YgYSB6aXAgbWVtYmVyCmxpbmUg'
    'MDM2IG9mIGEgemlwIG1lbWJlcgpsaW5lIDAzNyBvZiBhIHppcCBtZW1iZXIKbGluZSAwMzggb2YgYSB6aXAgbWVtYm'
    'VyCmxpbmUgMDM5IG9mIGEgemlwIG1lbWJlcgpsaW5lIDA0MCBvZiBhIHppcCBtZW1iZXIKbGluZSAwNDEgb2YgYSB6'
    'aXAgbWVtYmVyCmxpbmUgMDQyIG9mIGEgemlwIG1lbWJlcgpsaW5lIDA0MyBvZiBhIHppcCBtZW1iZXIKbGluZSAwND'
    'Qgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDQ1IG9mIGEgemlwIG1lbWJlcgpsaW5lIDA0NiBvZiBhIHppcCBtZW1iZXIK'
    'bGluZSAwNDcgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDQ4IG9mIGEgemlwIG1lbWJlcgpsaW5lIDA0OSBvZiBhIHppcC'
    'BtZW1iZXIKbGluZSAwNTAgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDUxIG9mIGEgemlwIG1lbWJlcgpsaW5lIDA1MiBv'
    'ZiBhIHppcCBtZW1iZXIKbGluZSAwNTMgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDU0IG9mIGEgemlwIG1lbWJlcgpsaW'
    '5lIDA1NSBvZiBhIHppcCBtZW1iZXIKbGluZSAwNTYgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDU3IG9mIGEgemlwIG1l'
    'bWJlcgpsaW5lIDA1OCBvZiBhIHppcCBtZW1iZXIKbGluZSAwNTkgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDYwIG9mIG'
    'EgemlwIG1lbWJlcgpsaW5lIDA2MSBvZiBhIHppcCBtZW1iZXIKbGluZSAwNjIgb2YgYSB6aXAgbWVtYmVyCmxpbmUg'
    'MDYzIG9mIGEgemlwIG1lbWJlcgpsaW5lIDA2NCBvZiBhIHppcCBtZW1iZXIKbGluZSAwNjUgb2YgYSB6aXAgbWVtYm'
    'VyCmxpbmUgMDY2IG9mIGEgemlwIG1lbWJlcgpsaW5lIDA2NyBvZiBhIHppcCBtZW1iZXIKbGluZSAwNjggb2YgYSB6'
    'aXAgbWVtYmVyCmxpbmUgMDY5IG9mIGEgemlwIG1lbWJlcgpsaW5lIDA3MCBvZiBhIHppcCBtZW1iZXIKbGluZSAwNz'
    'Egb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDcyIG9mIGEgemlwIG1lbWJlcgpsaW5lIDA3MyBvZiBhIHppcCBtZW1iZXIK'
    'bGluZSAwNzQgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDc1IG9mIGEgemlwIG1lbWJlcgpsaW5lIDA3NiBvZiBhIHppcC'
    'BtZW1iZXIKbGluZSAwNzcgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDc4IG9mIGEgemlwIG1lbWJlcgpsaW5lIDA3OSBv'
    'ZiBhIHppcCBtZW1iZXIKbGluZSAwODAgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDgxIG9mIGEgemlwIG1lbWJlcgpsaW'
    '5lIDA4MiBvZiBhIHppcCBtZW1iZXIKbGluZSAwODMgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDg0IG9mIGEgemlwIG1l'
    'bWJlcgpsaW5lIDA4NSBvZiBhIHppcCBtZW1iZXIKbGluZSAwODYgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDg3IG9mIG'
    'EgemlwIG1lbWJlcgpsaW5lIDA4OCBvZiBhIHppcCBtZW1iZXIKbGluZSAwODkgb2YgYSB6aXAgbWVtYmVyCmxpbmUg'
    'MDkwIG9mIGEgemlwIG1lbWJlcgpsaW5lIDA5MSBvZiBhIHppcCBtZW1iZXIKbGluZSAwOTIgb2YgYSB6aXAgbWVtYm'
    'VyCmxpbmUgMDkzIG9mIGEgemlwIG1lbWJlcgpsaW5lIDA5NCBvZiBhIHppcCBtZW1iZXIKbGluZSAwOTUgb2YgYSB6'
    'aXAgbWVtYmVyCmxpbmUgMDk2IG9mIGEgemlwIG1lbWJlcgpsaW5lIDA5NyBvZiBhIHppcCBtZW1iZXIKbGluZSAwOT'
    'ggb2YgYSB6aXAgbWVtYmVyCmxpbmUgMDk5IG9mIGEgemlwIG1lbWJlcgpsaW5lIDEwMCBvZiBhIHppcCBtZW1iZXIK'
    'bGluZSAxMDEgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMTAyIG9mIGEgemlwIG1lbWJlcgpsaW5lIDEwMyBvZiBhIHppcC'
    'BtZW1iZXIKbGluZSAxMDQgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMTA1IG9mIGEgemlwIG1lbWJlcgpsaW5lIDEwNiBv'
    'ZiBhIHppcCBtZW1iZXIKbGluZSAxMDcgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMTA4IG9mIGEgemlwIG1lbWJlcgpsaW'
    '5lIDEwOSBvZiBhIHppcCBtZW1iZXIKbGluZSAxMTAgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMTExIG9mIGEgemlwIG1l'
    'bWJlcgpsaW5lIDExMiBvZiBhIHppcCBtZW1iZXIKbGluZSAxMTMgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMTE0IG9mIG'
    'EgemlwIG1lbWJlcgpsaW5lIDExNSBvZiBhIHppcCBtZW1iZXIKbGluZSAxMTYgb2YgYSB6aXAgbWVtYmVyCmxpbmUg'
    'MTE3IG9mIGEgemlwIG1lbWJlcgpsaW5lIDExOCBvZiBhIHppcCBtZW1iZXIKbGluZSAxMTkgb2YgYSB6aXAgbWVtYm'
    'VyCmxpbmUgMTIwIG9mIGEgemlwIG1lbWJlcgpsaW5lIDEyMSBvZiBhIHppcCBtZW1iZXIKbGluZSAxMjIgb2YgYSB6'
    'aXAgbWVtYmVyCmxpbmUgMTIzIG9mIGEgemlwIG1lbWJlcgpsaW5lIDEyNCBvZiBhIHppcCBtZW1iZXIKbGluZSAxMj'
    'Ugb2YgYSB6aXAgbWVtYmVyCmxpbmUgMTI2IG9mIGEgemlwIG1lbWJlcgpsaW5lIDEyNyBvZiBhIHppcCBtZW1iZXIK'
    'bGluZSAxMjggb2YgYSB6aXAgbWVtYmVyCmxpbmUgMTI5IG9mIGEgemlwIG1lbWJlcgpsaW5lIDEzMCBvZiBhIHppcC'
    'BtZW1iZXIKbGluZSAxMzEgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMTMyIG9mIGEgemlwIG1lbWJlcgpsaW5lIDEzMyBv'
    'ZiBhIHppcCBtZW1iZXIKbGluZSAxMzQgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMTM1IG9mIGEgemlwIG1lbWJlcgpsaW'
    '5lIDEzNiBvZiBhIHppcCBtZW1iZXIKbGluZSAxMzcgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMTM4IG9mIGEgemlwIG1l'
    'bWJlcgpsaW5lIDEzOSBvZiBhIHppcCBtZW1iZXIKbGluZSAxNDAgb2YgYSB6aXAgbWVtYmVyCmxpbmUgMTQxIG9mIG'
    'EgemlwIG1lbWJlcgpsaW5lIDE0MiBvZiBhIHppcCBtZW1iZXIKbGluZSAxNDMgb2YgYSB6aXAgbWVtYmVyCmxpbmUg'
    'MTQ0IG9mIGEgemlwIG1lbWJlcgpsaW5lIDE0NSBvZiBhIHppcCBtZW1iZXIKbGluZSAxNDYgb2YgYSB6aXAgbWVtYm'
    'VyCmxpbmUgMTQ3IG9mIGEgemlwIG1lbWJlcgpsaW5lIDE0OCBvZiBhIHppcCBtZW1iZXIKbGluZSAxNDkgb2YgYSB6'
    'aXAgbWVtYmVyClBLAwQUAAAACACDGCJScAhCY9MBAADyKwAAEAAAAGRpci9kZWZsYXRlZC50eHTt1zGOFEEQRFGfU8'
    'wRJqqruquPA9IgrbQLCJPTY+Bt6nmYaYf1vB/vbz9ej+fz+fj5/fH18eft1+Pj9fHt9fvL+78hGoaGQ8PUsDScGi4N'
    'W8ONIZJH8kgeySN5JI/kkTySR/Ih+ZB8SD4kH5IPyYfkQ/Ih+ZD8kPyQ/JD8kPyQ/JD8kPyQ/JD8kHxKPiWfkk/Jp+'
    'RT8in5lHxKPiVfki/Jl+RL8iX5knxJviRfki/JT8lPyU/JT8lPyU/JT8lPyU/JT8kvyS/JL8kvyS/JL8kvyS/JL8kv'
    'ybfkW/It+ZZ8S74l35JvybfkW/Jb8lvyW/Jb8lvyW/Jb8lvyW/Ib8qjhooaLGi5quKjhooaLGi5quKjhooaLGi5quK'
    'jhooaLGi5quKjhooaLGi5quKjhooaLGi5quKjhooaLGi5quKjhooaLGi5quKjhooaLGi5quKjhooaLGi5quKjhooaL'
    'Gi5quKjhooaLGi5quKjhwobrl1qHfqll6Jdahn6pZeiXWoZ+qWXol1qGfqll6Jdahn6pn4d+qXXol1qGfqll6Jdahn'
    '6pZeiXWoZ+qWXol1qGfqll6Jf6eeiXWod+qWXol1qGfqll6Jdahn6pZeiXWob/8VL/AlBLAwQUAAAAAACDGCJSAAAA'
    'AAAAAAAAAAAABAAAAGRpci9QSwMEFAAACAgAfb+fVUjQFGwPAAAADQAAAA8AAABjYWbDqS/DvGJlci50eHQrzctMzk'
    '9JVchLzE3lAgBQSwECFAMUAAAAAADWY7FQ69cVW6YOAACmDgAACgAAAA4AAAAAAAAAgAEAAAAAc3RvcmVkLnR4dG1l'
    'bWJlciBjb21tZW50UEsBAhQDFAAAAAgAgxgiUnAIQmPTAQAA8isAABAAAAAAAAAAAAAAAKQBzg4AAGRpci9kZWZsYX'
    'RlZC50eHRQSwECFAMUAAAAAACDGCJSAAAAAAAAAAAAAAAABAAAAAAAAAAAABAA7UHPEAAAZGlyL1BLAQIUAxQAAAgI'
    'AH2/n1VI0BRsDwAAAA0AAAAPAAAAAAAAAAAAAACAAfEQAABjYWbDqS/DvGJlci50eHRQSwUGAAAAAAQABADzAAAALR'
    'EAAA8AYXJjaGl2ZSBjb21tZW50'
)
TWO = base64.b64decode(
    'UEsDBBQACAAAAMQoZFYAAAAAAAAAAAAAAAAMAAAAc3RyZWFtZWQuYmluAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGB'
    'kaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltc'
    'XV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6'
    'ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj'
    '5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJi'
    'coKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVpbXF1eX2BhYmNkZWZnaGlq'
    'a2xtbm9wcXJzdHV2d3h5ent8fX5/gIGCg4SFhoeIiYqLjI2Oj5CRkpOUlZaXmJmam5ydnp+goaKjpKWmp6ipqqusra'
    '6vsLGys7S1tre4ubq7vL2+v8DBwsPExcbHyMnKy8zNzs/Q0dLT1NXW19jZ2tvc3d7f4OHi4+Tl5ufo6err7O3u7/Dx'
    '8vP09fb3+Pn6+/z9/v8AAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzND'
    'U2Nzg5Ojs8PT4/QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl9gYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4'
    'eXp7fH1+f4CBgoOEhYaHiImKi4yNjo+QkZKTlJWWl5iZmpucnZ6foKGio6SlpqeoqaqrrK2ur7CxsrO0tba3uLm6u7'
    'y9vr/AwcLDxMXGx8jJysvMzc7P0NHS09TV1tfY2drb3N3e3+Dh4uPk5ebn6Onq6+zt7u/w8fLz9PX29/j5+vv8/f7/'
    'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQk'
    'NERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWG'
    'h4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIyc'
    'rLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/wABAgMEBQYHCAkKCwwN'
    'Dg8QERITFBUWFxgZGhscHR4fICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5PUF'
    'FSU1RVVldYWVpbXF1eX2BhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ent8fX5/gIGCg4SFhoeIiYqLjI2Oj5CRkpOU'
    'lZaXmJmam5ydnp+goaKjpKWmp6ipqqusra6vsLGys7S1tre4ubq7vL2+v8DBwsPExcbHyMnKy8zNzs/Q0dLT1NXW19'
    'jZ2tvc3d7f4OHi4+Tl5ufo6err7O3u7/Dx8vP09fb3+Pn6+/z9/v8AAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRob'
    'HB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl'
    '9gYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoOEhYaHiImKi4yNjo+QkZKTlJWWl5iZmpucnZ6foKGi'
    'o6SlpqeoqaqrrK2ur7CxsrO0tba3uLm6u7y9vr/AwcLDxMXGx8jJysvMzc7P0NHS09TV1tfY2drb3N3e3+Dh4uPk5e'
    'bn6Onq6+zt7u/w8fLz9PX29/j5+vv8/f7/AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygp'
    'KissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG'
    '1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+w'
    'sbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/'
    'T19vf4+fr7/P3+/wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJicoKSorLC0uLzAxMjM0NTY3'
    'ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVpbXF1eX2BhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5en'
    't8fX5/gIGCg4SFhoeIiYqLjI2Oj5CRkpOUlZaXmJmam5ydnp+goaKjpKWmp6ipqqusra6vsLGys7S1tre4ubq7vL2+'
    'v8DBwsPExcbHyMnKy8zNzs/Q0dLT1NXW19jZ2tvc3d7f4OHi4+Tl5ufo6err7O3u7/Dx8vP09fb3+Pn6+/z9/v8AAQ'
    'IDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RF'
    'RkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl9gYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoOEhYaHiI'
    'mKi4yNjo+QkZKTlJWWl5iZmpucnZ6foKGio6SlpqeoqaqrrK2ur7CxsrO0tba3uLm6u7y9vr/AwcLDxMXGx8jJysvM'
    'zc7P0NHS09TV1tfY2drb3N3e3+Dh4uPk5ebn6Onq6+zt7u/w8fLz9PX29/j5+vv8/f7/AAECAwQFBgcICQoLDA0ODx'
    'AREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJT'
    'VFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlp'
    'eYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna'
    '29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR'
    '4fICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVpbXF1eX2Bh'
    'YmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ent8fX5/gIGCg4SFhoeIiYqLjI2Oj5CRkpOUlZaXmJmam5ydnp+goaKjpK'
    'Wmp6ipqqusra6vsLGys7S1tre4ubq7vL2+v8DBwsPExcbHyMnKy8zNzs/Q0dLT1NXW19jZ2tvc3d7f4OHi4+Tl5ufo'
    '6err7O3u7/Dx8vP09fb3+Pn6+/z9/v8AAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKy'
    'wtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl9gYWJjZGVmZ2hpamtsbW5v'
    'cHFyc3R1dnd4eXp7fH1+f4CBgoOEhYaHiImKi4yNjo+QkZKTlJWWl5iZmpucnZ6foKGio6SlpqeoqaqrrK2ur7Cxsr'
    'O0tba3uLm6u7y9vr/AwcLDxMXGx8jJysvMzc7P0NHS09TV1tfY2drb3N3e3+Dh4uPk5ebn6Onq6+zt7u/w8fLz9PX2'
    '9/j5+vv8/f7/AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OT'
    'o7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9'
    'fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wM'
    'HCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/wABAgME'
    'BQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj9AQUJDREVGR0'
    'hJSktMTU5PUFFSU1RVVldYWVpbXF1eX2BhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ent8fX5/gIGCg4SFhoeIiYqL'
    'jI2Oj5CRkpOUlZaXmJmam5ydnp+goaKjpKWmp6ipqqusra6vsLGys7S1tre4ubq7vL2+v8DBwsPExcbHyMnKy8zNzs'
    '/Q0dLT1NXW19jZ2tvc3d7f4OHi4+Tl5ufo6err7O3u7/Dx8vP09fb3+Pn6+/z9/v8AAQIDBAUGBwgJCgsMDQ4PEBES'
    'ExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRkdISUpLTE1OT1BRUlNUVV'
    'ZXWFlaW1xdXl9gYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoOEhYaHiImKi4yNjo+QkZKTlJWWl5iZ'
    'mpucnZ6foKGio6SlpqeoqaqrrK2ur7CxsrO0tba3uLm6u7y9vr/AwcLDxMXGx8jJysvMzc7P0NHS09TV1tfY2drb3N'
    '3e3+Dh4uPk5ebn6Onq6+zt7u/w8fLz9PX29/j5+vv8/f7/AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g'
    'ISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2'
    'RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaan'
    'qKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6u'
    'vs7e7v8PHy8/T19vf4+fr7/P3+/wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJicoKSorLC0u'
    'LzAxMjM0NTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVpbXF1eX2BhYmNkZWZnaGlqa2xtbm9wcX'
    'JzdHV2d3h5ent8fX5/gIGCg4SFhoeIiYqLjI2Oj5CRkpOUlZaXmJmam5ydnp+goaKjpKWmp6ipqqusra6vsLGys7S1'
    'tre4ubq7vL2+v8DBwsPExcbHyMnKy8zNzs/Q0dLT1NXW19jZ2tvc3d7f4OHi4+Tl5ufo6err7O3u7/Dx8vP09fb3+P'
    'n6+/z9/v8AAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8'
    'PT4/QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl9gYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4'
    'CBgoOEhYaHiImKi4yNjo+QkZKTlJWWl5iZmpucnZ6foKGio6SlpqeoqaqrrK2ur7CxsrO0tba3uLm6u7y9vr/AwcLD'
    'xMXGx8jJysvMzc7P0NHS09TV1tfY2drb3N3e3+Dh4uPk5ebn6Onq6+zt7u/w8fLz9PX29/j5+vv8/f7/AAECAwQFBg'
    'cICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElK'
    'S0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY'
    '6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR'
    '0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/wABAgMEBQYHCAkKCwwNDg8QERITFB'
    'UWFxgZGhscHR4fICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5PUFFSU1RVVldY'
    'WVpbXF1eX2BhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ent8fX5/gIGCg4SFhoeIiYqLjI2Oj5CRkpOUlZaXmJmam5'
    'ydnp+goaKjpKWmp6ipqqusra6vsLGys7S1tre4ubq7vL2+v8DBwsPExcbHyMnKy8zNzs/Q0dLT1NXW19jZ2tvc3d7f'
    '4OHi4+Tl5ufo6err7O3u7/Dx8vP09fb3+Pn6+/z9/v9QSwcIyyICZwAUAAAAFAAAUEsBAhQDFAAIAAAAxChkVssiAm'
    'cAFAAAABQAAAwAAAAAAAAAAAAAAIABAAAAAHN0cmVhbWVkLmJpblBLBQYAAAAAAQABADoAAAA6FAAAAAA='
)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)


# Reading CPython's archives.
z = zipfile.ZipFile(io.BytesIO(ONE))
print(z.namelist(), z.comment)
for info in z.infolist():
    print(repr(info), info.date_time, info.compress_type, info.file_size, info.CRC, info.comment,
          info.flag_bits, info.create_system, info.is_dir(), oct(info.external_attr >> 16))
print(z.read('stored.txt') == TEXT, z.read('dir/deflated.txt') == TEXT * 3, z.read('caf\u00e9/\u00fcber.txt'))
print(z.testzip(), zipfile.is_zipfile(io.BytesIO(ONE)), zipfile.is_zipfile(io.BytesIO(b'nope')))
out = io.StringIO()
z.printdir(out)
print(out.getvalue())
with z.open('dir/deflated.txt') as f:
    print(repr(f), f.read(9), f.readline(), f.peek(3)[:3], f.read1(5), f.tell())
    print(f.seek(100), f.read(10), f.seek(-10, 1), f.read(10), f.seek(0, 2), f.read())
    print(f.seek(3), f.read(6), len(f.read()), f.seekable(), f.readable())
print(repr(f))
with z.open(z.getinfo('stored.txt')) as f:
    lines = f.readlines()
    print(len(lines), lines[-1])
z2 = zipfile.ZipFile(io.BytesIO(TWO))
info = z2.infolist()[0]
print(info.filename, info.flag_bits, info.file_size, info.compress_size > 0, z2.read('streamed.bin') == bytes(range(256)) * 20)
show('missing', lambda: z.getinfo('nope'))
show('read missing', lambda: z.read('nope'))
z.close()
print(repr(z))
show('closed read', lambda: z.read('stored.txt'))

# Writing and reading back.
for compression in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', compression, compresslevel=9) as w:
        w.writestr('a.txt', 'text member')
        w.writestr(zipfile.ZipInfo('b.bin', (2000, 1, 1, 0, 0, 0)), TEXT)
        w.mkdir('empty')
        with w.open('c/d.txt', 'w') as f:
            f.write(b'written through open')
            f.write(memoryview(b' and memoryview'))
        w.comment = b'new comment'
        print(repr(w).startswith('<zipfile.ZipFile file='), w.namelist())
    r = zipfile.ZipFile(buf)
    print(compression, [(i.filename, i.file_size, i.compress_type, i.is_dir()) for i in r.infolist()])
    print(r.read('a.txt'), r.read('b.bin') == TEXT, r.read('c/d.txt'), r.comment, r.testzip())
    with zipfile.ZipFile(buf, 'a') as a:
        a.writestr('appended.txt', b'more')
    print(zipfile.ZipFile(buf).namelist())

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'src')
    os.makedirs(os.path.join(src, 'sub'))
    with open(os.path.join(src, 'sub', 'f.txt'), 'wb') as f:
        f.write(TEXT)
    path = os.path.join(d, 'out.zip')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as w:
        w.write(os.path.join(src, 'sub'), 'sub')
        w.write(os.path.join(src, 'sub', 'f.txt'), 'sub/f.txt')
        w.write(os.path.join(src, 'sub', 'f.txt'), arcname='/abs/../x.txt')
    with zipfile.ZipFile(path) as r:
        print(r.namelist())
        dest = os.path.join(d, 'dest')
        r.extractall(dest)
        print(sorted(os.path.relpath(os.path.join(p, n), dest) for p, ds, fs in os.walk(dest) for n in ds + fs))
        print(open(os.path.join(dest, 'sub', 'f.txt'), 'rb').read() == TEXT)
        print(os.path.relpath(r.extract('x.txt', os.path.join(d, 'one')), d))
    try:
        zipfile.ZipFile(path, 'x')
    except FileExistsError as e:
        print('x on existing', e.errno)
    evil = io.BytesIO()
    with zipfile.ZipFile(evil, 'w') as w:
        w.writestr('../../escape.txt', b'no')
        w.writestr('/abs.txt', b'no')
    with zipfile.ZipFile(evil) as r:
        r.extractall(os.path.join(d, 'safe'))
    print(sorted(os.listdir(os.path.join(d, 'safe'))))

# Path.
zf = zipfile.ZipFile(io.BytesIO(ONE))
zf.filename = 'mem/archive.zip'
root = zipfile.Path(zf)
print([p.name for p in root.iterdir()], root.name, str(root.joinpath('dir')), root)
p = root / 'dir' / 'deflated.txt'
print(p, p.exists(), p.is_file(), p.is_dir(), p.suffix, p.stem, p.parent.name, len(p.read_bytes()))
print(p.read_text(encoding='ascii')[:24], (root / 'dir').is_dir(), (root / 'nope').exists())
print(sorted(str(x.at) for x in root.glob('**/*.txt')), [x.at for x in root.rglob('*.txt')])
with (root / 'stored.txt').open('r', encoding='utf-8') as f:
    print(f.readline())
show('open dir', lambda: (root / 'dir').open())
show('open missing', lambda: (root / 'missing').open())
show('iterdir file', lambda: list(p.iterdir()))
show('bad glob', lambda: list(root.glob('a**')))

# Errors.
show('not zip', lambda: zipfile.ZipFile(io.BytesIO(b'x' * 100)))
show('empty', lambda: zipfile.ZipFile(io.BytesIO(b'')))
show('bad mode', lambda: zipfile.ZipFile(io.BytesIO(), 'q'))
show('bad compression', lambda: zipfile.ZipFile(io.BytesIO(), 'w', 99))
bad_cd = bytearray(ONE)
cd = ONE.rfind(b'PK\x01\x02')
bad_cd[cd] = ord('X')
show('bad cd magic', lambda: zipfile.ZipFile(io.BytesIO(bytes(bad_cd))))
bad_local = bytearray(ONE)
bad_local[0] = ord('X')
show('bad local magic', lambda: zipfile.ZipFile(io.BytesIO(bytes(bad_local))).read('stored.txt'))
bad_crc = bytearray(ONE)
bad_crc[ONE.find(b'line 010')] = ord('L')
show('bad crc', lambda: zipfile.ZipFile(io.BytesIO(bytes(bad_crc))).read('stored.txt'))
print(zipfile.ZipFile(io.BytesIO(bytes(bad_crc))).testzip())
show('truncated', lambda: zipfile.ZipFile(io.BytesIO(ONE[:len(ONE) // 2])))
w = zipfile.ZipFile(io.BytesIO(), 'w')
handle = w.open('x', 'w')
show('second writer', lambda: w.open('y', 'w'))
show('writestr while open', lambda: w.writestr('z', b''))
show('close while open', lambda: w.close())
handle.close()
show('read in w mode', lambda: w.read('x'))
show('open mode', lambda: w.open('x', 'a'))
show('pwd in w', lambda: w.open('x', 'w', pwd=b'p'))
show('comment type', lambda: setattr(w, 'comment', 'str'))
show('pwd type', lambda: w.setpassword('str'))
w.close()
show('write closed', lambda: w.writestr('a', b'b'))
show('old date', lambda: zipfile.ZipInfo('a', (1979, 1, 1, 0, 0, 0)))
show('mkdir type', lambda: zipfile.ZipFile(io.BytesIO(), 'w').mkdir(3))
show('metadata in w', lambda: zipfile.ZipFile(io.BytesIO(), 'w', metadata_encoding='utf-8'))
print(issubclass(zipfile.BadZipFile, Exception), zipfile.BadZipfile is zipfile.error, zipfile.ZIP64_LIMIT)
