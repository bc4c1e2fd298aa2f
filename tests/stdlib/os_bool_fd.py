# A bool where os takes a path or a descriptor is used as a descriptor, with a
# RuntimeWarning (an error under -W error).
import os
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(os.path.exists(False), os.path.exists(True), os.stat(True).st_ino == os.stat(1).st_ino,
          os.path.isdir(False))
    print([(x.category.__name__, str(x.message)) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        os.stat(False)
    except RuntimeWarning as e:
        print('error', e)
print(os.stat(3 > 2 and 1).st_ino == os.stat(1).st_ino)
