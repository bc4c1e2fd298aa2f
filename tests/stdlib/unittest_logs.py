# assertLogs and assertNoLogs over the logging module: captured output and
# records, and the failure messages.
import logging, unittest
class T(unittest.TestCase):
    def runTest(self): pass
tc = T()
with tc.assertLogs('foo', level='INFO') as cm:
    logging.getLogger('foo').info('first message')
    logging.getLogger('foo.bar').error('second message')
print(cm.output, [r.getMessage() for r in cm.records])
try:
    with tc.assertLogs('foo', level='ERROR'):
        logging.getLogger('foo').info('too low')
except AssertionError as e: print(e)
try:
    with tc.assertNoLogs('foo'):
        logging.getLogger('foo').warning('oops %d', 3)
except AssertionError as e: print(e)
with tc.assertNoLogs('foo', level='ERROR'):
    logging.getLogger('foo').warning('fine')
with tc.assertLogs() as cm:
    logging.warning('root %s', 'msg')
print(cm.output)
try:
    with tc.assertLogs(level=logging.DEBUG):
        pass
except AssertionError as e: print(e)
