# importlib.util.spec_from_loader and spec_from_file_location without a location.
import sys
import importlib.util as u


def show(s):
    if s is None:
        print(None)
        return
    print(s.name, type(s.loader).__name__, repr(s.origin), s.submodule_search_locations, s.has_location, repr(s.cached).replace(sys.implementation.cache_tag, "TAG"))


class Plain:
    pass


class WithOrigin:
    _ORIGIN = "somewhere"


class Pkg:
    def is_package(self, name):
        return name.endswith("pkg")


class NotSure:
    def is_package(self, name):
        raise ImportError("cannot tell")


class Files:
    def get_filename(self, name):
        return "/src/" + name.replace(".", "/") + ".py"

    def is_package(self, name):
        return False


class NoFile:
    def get_filename(self, name):
        raise ImportError("none")


show(u.spec_from_loader("a", Plain()))
show(u.spec_from_loader("a", Plain(), origin="here"))
show(u.spec_from_loader("a", WithOrigin()))
show(u.spec_from_loader("mypkg", Pkg()))
show(u.spec_from_loader("mymod", Pkg()))
show(u.spec_from_loader("x", Pkg(), is_package=True))
show(u.spec_from_loader("x", NotSure()))
show(u.spec_from_loader("p.q", Files()))
show(u.spec_from_loader("p.q", Files(), is_package=True))
show(u.spec_from_loader("p.q", Files(), is_package=False))
show(u.spec_from_loader("nf", NoFile()))
show(u.spec_from_loader("none", None))
show(u.spec_from_file_location("p.q", loader=Files()))
show(u.spec_from_file_location("nf", loader=NoFile()))
show(u.spec_from_file_location("x"))
