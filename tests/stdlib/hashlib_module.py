# hashlib, hmac and the built-in digest modules: digests of every algorithm,
# copies, incremental updates, the BLAKE2 parameters, pbkdf2_hmac, and errors.
import hashlib
import hmac
import io

data = b'The quick brown fox jumps over the lazy dog'
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, data)
    c = h.copy()
    c.update(b'!')
    if name.startswith('shake'):
        print(name, h.digest_size, h.block_size, h.hexdigest(20), c.hexdigest(8), len(h.digest(100)))
    else:
        print(name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16], h.digest() == bytes.fromhex(h.hexdigest()))
    g = getattr(hashlib, name)()
    for i in range(0, len(data), 7):
        g.update(data[i:i + 7])
    print(' incremental', g.hexdigest(16) if name.startswith('shake') else g.hexdigest() == h.hexdigest(), g.name)

print(hashlib.new('SHA256', b'x').hexdigest()[:16], hashlib.sha256(memoryview(b'abc')).hexdigest()[:16], hashlib.md5(bytearray(b'abc')).hexdigest())
print(hashlib.sha1(data, usedforsecurity=False).hexdigest(), hashlib.md5(string=b'abc').hexdigest())
big = bytes(range(256)) * 1000
print(hashlib.sha512(big).hexdigest()[:32], hashlib.blake2b(big).hexdigest()[:32], hashlib.sha3_512(big).hexdigest()[:32])
for kw in [dict(digest_size=16), dict(key=b'key'), dict(salt=b'NaCl', person=b'who'), dict(fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=2**40, node_depth=255, inner_size=64, last_node=True)]:
    print(kw, hashlib.blake2b(data, **kw).hexdigest())
    small = {k: (v[:8] if isinstance(v, bytes) else min(v, 32) if k in ('inner_size',) else v) for k, v in kw.items()}
    print(small, hashlib.blake2s(data, **small).hexdigest())
print(hashlib.blake2b(b'', digest_size=1).digest_size, hashlib.blake2s.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE)

print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 4096, 20).hex())
print(hashlib.pbkdf2_hmac('sha512', b'p' * 200, b'salt', 3, 100).hex())
print(hashlib.file_digest(io.BytesIO(data), 'md5').hexdigest(), hashlib.file_digest(io.BufferedReader(io.BytesIO(data * 100)), hashlib.sha1).hexdigest())

print(hmac.new(b'key', data, 'sha256').hexdigest())
m = hmac.new(b'k' * 200, digestmod=hashlib.sha3_256)
m.update(data)
m2 = m.copy()
m2.update(b'more')
print(m.name, m.digest_size, m.block_size, m.hexdigest(), m2.hexdigest() != m.hexdigest())
print(hmac.digest(b'key', data, 'md5').hex(), hmac.digest(b'x' * 100, data, hashlib.sha512).hex()[:32])
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'), hmac.digest_size, len(hmac.trans_5C))


def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)


try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError', isinstance(e, ValueError))
err(hashlib.sha256, 'text')
err(hashlib.md5, 5)
err(hashlib.sha256().update, 'text')
import _sha3
err(_sha3.shake_128().digest)
err(_sha3.shake_128().digest, -1)
err(_sha3.shake_128().hexdigest, 1 << 30)
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'k' * 65), dict(salt=b's' * 17), dict(person=b'p' * 17),
           dict(fanout=256), dict(depth=0), dict(leaf_size=-1), dict(leaf_size=2**32), dict(node_offset=-1), dict(node_depth=-1),
           dict(inner_size=65), dict(key='s'), dict(digest_size='x'), dict(bogus=1)]:
    err(hashlib.blake2b, **kw)
err(hashlib.blake2s, node_offset=2**48)
err(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 0)
err(hashlib.pbkdf2_hmac, 'sha256', 'p', b's', 1)
err(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 1, 0)
class Text(io.StringIO):
    def __repr__(self):
        return 'Text()'


err(hashlib.file_digest, Text('x'), 'md5')
err(hmac.new, 'key', b'', 'md5')
err(hmac.new, b'key')
