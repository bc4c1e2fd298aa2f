import outer.inner.leaf
