import os as _os
import sys
a = 1
_b = 2
def f(): pass
class C: pass
__c = 3
