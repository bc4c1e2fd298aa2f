"""Reading and writing CSV (comma-separated values) files.

reader() turns lines of text into lists of fields, writer() the other way;
DictReader and DictWriter work with dicts keyed by a header row.  A dialect
(excel, excel-tab, unix, or one registered with register_dialect) says how
fields are separated, quoted and escaped; Sniffer guesses one from a sample.

The quoting styles: QUOTE_MINIMAL (only fields that need it), QUOTE_ALL,
QUOTE_NONNUMERIC (all but numbers; unquoted fields read as floats),
QUOTE_NONE (never; escape instead), QUOTE_STRINGS (str fields) and
QUOTE_NOTNULL (all but None).
"""

# Kaa's csv: the parsing and writing are the native _csv module's; this
# module adds the dialect classes, the dict-based reader and writer, and the
# sniffer.

import re
import types
from _csv import Error, writer, reader, register_dialect, \
                 unregister_dialect, get_dialect, list_dialects, \
                 field_size_limit, \
                 QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, \
                 QUOTE_STRINGS, QUOTE_NOTNULL
from _csv import Dialect as _Dialect

from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "QUOTE_STRINGS", "QUOTE_NOTNULL",
           "Error", "Dialect", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"


class Dialect:
    """Describe a CSV dialect.

    Subclasses set the class attributes (delimiter, quotechar, escapechar,
    doublequote, skipinitialspace, lineterminator, quoting); making an
    instance checks that they form a valid dialect.
    """
    _name = ""
    _valid = False
    # Unset until a subclass sets them.
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        # The native dialect type checks the settings; its TypeErrors are
        # this module's Error.
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


def _as_list_if_iterator(names):
    # Field names given as an iterator are read once, into a list.
    if names is not None and iter(names) is names:
        return list(names)
    return names


class DictReader:
    """Read rows as dicts keyed by fieldnames (by default, the first row).

    Extra fields go in a list under restkey; missing ones get restval.
    """

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = _as_list_if_iterator(fieldnames)
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # Read the header now, so that it is not returned as data.
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:        # blank lines are skipped
            row = next(self.reader)
        names = self.fieldnames
        result = dict(zip(names, row))
        if len(names) < len(row):
            result[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                result[key] = self.restval
        return result

    __class_getitem__ = classmethod(types.GenericAlias)


class DictWriter:
    """Write dicts as rows, with the values of fieldnames in order.

    Missing keys are written as restval; keys not in fieldnames raise
    ValueError unless extrasaction is 'ignore'.
    """

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = _as_list_if_iterator(fieldnames)
        self.restval = restval
        extrasaction = extrasaction.lower()
        if extrasaction not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in unknown]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(types.GenericAlias)


# Quoted fields next to delimiters, in the orders the sniffer tries:
# ,'x', then at a line start, then at a line end, then alone on a line.
_QUOTED_FIELD_PATTERNS = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


class Sniffer:
    """Guesses the dialect of CSV data ("sniffs" it)."""

    def __init__(self):
        # Delimiters to pick first when several are likely.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass describing the sample's format."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
            # the rest below

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        # A missing quote character would make the dialect invalid.
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """Guess from quoted fields: the quote character, the delimiter
        next to them, whether a space follows it, and doubled quotes."""
        for source in _QUOTED_FIELD_PATTERNS:
            regexp = re.compile(source, re.DOTALL | re.MULTILINE)
            matches = regexp.findall(data)
            if matches:
                break
        else:
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        index = regexp.groupindex
        for found in matches:
            quote = found[index['quote'] - 1]
            if quote:
                quotes[quote] = quotes.get(quote, 0) + 1
            if 'delim' not in index:
                continue
            delim = found[index['delim'] - 1]
            if delim and (delimiters is None or delim in delimiters):
                delims[delim] = delims.get(delim, 0) + 1
            if 'space' not in index:
                continue
            if found[index['space'] - 1]:
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':   # most likely a file of one column
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        # A field with the quote inside it means doubled quotes.
        doubled = re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)" %
            {'delim': re.escape(delim), 'quote': quotechar}, re.MULTILINE)
        doublequote = bool(doubled.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """Guess the delimiter from how often each character appears per
        line: the delimiter appears equally often on (nearly) every line.

        Lines are examined in chunks of ten; for each character the most
        common count per line (its mode) and how many lines have it decide,
        with the consistency required lowered from 100% to 90% by steps.
        """
        lines = list(filter(None, data.split('\n')))
        chars = [chr(c) for c in range(127)]
        chunk = min(10, len(lines))
        rounds = 0
        frequency = {}      # char -> {count per line: number of lines}
        modes = {}
        delims = {}
        start, end = 0, chunk
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for char in chars:
                    counts = frequency.get(char, {})
                    n = line.count(char)
                    counts[n] = counts.get(n, 0) + 1
                    frequency[char] = counts
            for char in frequency.keys():
                items = list(frequency[char].items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    mode = max(items, key=lambda x: x[1])
                    items.remove(mode)
                    # The mode's lines, less the lines that disagree.
                    modes[char] = (mode[0], mode[1] - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            threshold = 0.9
            while len(delims) == 0 and consistency >= threshold:
                for char, (count, lines_with) in modes.items():
                    if count > 0 and lines_with > 0:
                        if lines_with / total >= consistency and \
                           (delimiters is None or char in delimiters):
                            delims[char] = (count, lines_with)
                consistency -= 0.01
            if len(delims) == 1:
                delim = list(delims.keys())[0]
                return delim, self._space_after(lines, delim)
            start = end
            end += chunk
        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for preferred in self.preferred:
                if preferred in delims.keys():
                    return preferred, self._space_after(lines, preferred)
        # The most consistent of the rest.
        delim = sorted((v, k) for k, v in delims.items())[-1][1]
        return delim, self._space_after(lines, delim)

    @staticmethod
    def _space_after(lines, delim):
        # Whether every delimiter on the first line is followed by a space.
        return lines[0].count(delim) == lines[0].count("%c " % delim)

    def has_header(self, sample):
        """Guess whether the sample's first row is a header: columns whose
        values are all numbers, or all of one length, with a first row that
        differs from that, vote for a header."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        columns = len(header)
        kinds = {i: None for i in range(columns)}   # complex, or a length
        checked = 0
        for row in rows:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(kinds.keys()):
                kind = complex
                try:
                    kind(row[col])
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]      # inconsistent: no vote
        votes = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
