"""CSV (comma-separated values) files: reading and writing.

reader() splits lines into lists of fields and writer() joins them back;
DictReader and DictWriter do the same with dicts keyed by a header row.
How fields are delimited, quoted and escaped is a dialect: excel (the
default), excel-tab, unix, or one registered with register_dialect().
Sniffer guesses the dialect of a sample.

Quoting styles: QUOTE_MINIMAL quotes only fields that need it, QUOTE_ALL
every field, QUOTE_NONNUMERIC every non-number (unquoted fields then read
as floats), QUOTE_NONE none (escapechar escapes instead), QUOTE_STRINGS
every str, QUOTE_NOTNULL everything but None.
"""

# Kaa's csv.  Splitting and joining rows is the native _csv module's work;
# here are the dialect classes, the dict reader and writer, and Sniffer.

import re
import types
# From the native module: the row reader and writer and their error,
# the dialect registry, and the quoting styles.
from _csv import Error, reader, writer, field_size_limit, Dialect as _Dialect
from _csv import register_dialect, unregister_dialect, get_dialect, list_dialects
from _csv import (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE,
                  QUOTE_STRINGS, QUOTE_NOTNULL)

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
    """Base of dialect classes: a subclass sets delimiter, quotechar,
    escapechar, doublequote, skipinitialspace, lineterminator and quoting
    as class attributes, and is checked when instantiated."""
    _name = ""
    _valid = False
    delimiter = quotechar = escapechar = None
    doublequote = skipinitialspace = None
    lineterminator = quoting = None

    def __init__(self):
        # Instances of subclasses count as valid dialects; the settings
        # are judged by the native dialect type, whose TypeError becomes
        # csv.Error.
        if type(self) is not Dialect:
            self._valid = True
        try:
            _Dialect(self)
        except TypeError as problem:
            raise Error(str(problem)) from None


class excel(Dialect):
    """Settings of the CSV files Excel writes."""
    delimiter, quotechar, lineterminator, quoting = ',', '"', '\r\n', QUOTE_MINIMAL
    doublequote, skipinitialspace = True, False


class excel_tab(excel):
    """Settings of the tab-separated files Excel writes."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Settings of CSV files as Unix tools write them."""
    delimiter, quotechar, lineterminator, quoting = ',', '"', '\n', QUOTE_ALL
    doublequote, skipinitialspace = True, False


for _name, _cls in (("excel", excel), ("excel-tab", excel_tab), ("unix", unix_dialect)):
    register_dialect(_name, _cls)
del _name, _cls


def _listed(names):
    # Field names given as an iterator are consumed once, into a list.
    if names is None or iter(names) is not names:
        return names
    return list(names)


class DictReader:
    """Rows as dicts from field name to value.  The names are fieldnames,
    or else the first row.  Surplus values are put in a list under
    restkey; names without a value get restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = _listed(fieldnames)
        self.restkey, self.restval = restkey, restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        # Read from the header row on first use; None for an empty file.
        names = self._fieldnames
        if names is None:
            names = self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return names

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if not self.line_num:
            self.fieldnames         # consume the header row first
        values = next(self.reader)
        self.line_num = self.reader.line_num
        while not values:
            values = next(self.reader)      # skip empty lines
        names = self.fieldnames
        record = dict(zip(names, values))
        surplus = len(values) - len(names)
        if surplus > 0:
            record[self.restkey] = values[len(names):]
        elif surplus < 0:
            for missing in names[len(values):]:
                record[missing] = self.restval
        return record

    __class_getitem__ = classmethod(types.GenericAlias)


class DictWriter:
    """Writes dicts as rows: the values of fieldnames in that order, restval
    for missing keys.  A key outside fieldnames is a ValueError, or is left
    out when extrasaction is 'ignore'."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = _listed(fieldnames)
        self.restval = restval
        action = extrasaction.lower()
        if action not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % action)
        self.extrasaction = action
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            strangers = rowdict.keys() - self.fieldnames
            if strangers:
                shown = ", ".join([repr(key) for key in strangers])
                raise ValueError("dict contains fields not in fieldnames: " + shown)
        default = self.restval
        return (rowdict.get(name, default) for name in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._dict_to_list(row) for row in rowdicts)

    __class_getitem__ = classmethod(types.GenericAlias)


# The Sniffer's searches for quoted fields, tried in turn until one finds
# something: quoted between two delimiters, at the start of a line, at the
# end of a line, alone on a line.
_NOT_WORD = r'[^\w\n"\']'
_QUOTED = r'(?P<quote>["\']).*?(?P=quote)'
_QUOTED_FIELD_PATTERNS = [re.compile(source, re.DOTALL | re.MULTILINE) for source in (
    r'(?P<delim>' + _NOT_WORD + r')(?P<space> ?)' + _QUOTED + r'(?P=delim)',
    r'(?:^|\n)' + _QUOTED + r'(?P<delim>' + _NOT_WORD + r')(?P<space> ?)',
    r'(?P<delim>' + _NOT_WORD + r')(?P<space> ?)' + _QUOTED + r'(?:$|\n)',
    r'(?:^|\n)' + _QUOTED + r'(?:$|\n)',
)]


# What the Sniffer's two guesses answer when they find nothing.
_NO_QUOTES = ('', False, None, 0)
_NO_DELIMITER = ('', 0)


def _sniffed(delimiter, quotechar, doublequote, skipinitialspace):
    """The Dialect subclass Sniffer.sniff() answers with."""
    settings = dict(delimiter=delimiter, quotechar=quotechar,
                    doublequote=doublequote, skipinitialspace=skipinitialspace,
                    lineterminator='\r\n', quoting=QUOTE_MINIMAL,
                    _name="sniffed", __module__=__name__)
    return type("dialect", (Dialect,), settings)


def _fits(kind, text):
    """Whether text is of kind: a length, or a type that can convert it."""
    if isinstance(kind, int):
        return len(text) == kind
    try:
        kind(text)
    except (TypeError, ValueError, OverflowError):
        return False
    return True


def _tally(counts, key):
    counts[key] = counts.get(key, 0) + 1


def _consistency_levels():
    # 1.0, 0.99, ... down to 0.9, in the float steps of repeated - 0.01.
    level = 1.0
    while level >= 0.9:
        yield level
        level -= 0.01


class Sniffer:
    """Guesses the dialect of CSV data, and whether it has a header."""

    def __init__(self):
        # Tie-breaking order among likely delimiters.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass matching sample (delimiters, if given, limits
        the candidates)."""
        # Quoted fields tell the most; failing them, character counts.
        guess = self._guess_quote_and_delimiter(sample, delimiters)
        quote, doubled, delim, spaced = guess
        if not delim:
            delim, spaced = self._guess_delimiter(sample, delimiters)
            if not delim:
                raise Error("Could not determine delimiter")
        # A dialect cannot have an empty quotechar: '"' stands in.
        return _sniffed(delim, quote or '"', doubled, spaced)

    def _guess_quote_and_delimiter(self, data, delimiters):
        """From quoted fields: (quote character, doubled quotes?,
        delimiter, space after delimiters?); ('', False, None, 0) if there
        are none."""
        for pattern in _QUOTED_FIELD_PATTERNS:
            found = list(pattern.finditer(data))
            if found:
                break
        else:
            return _NO_QUOTES
        quote_counts, delim_counts = {}, {}
        spaced = 0
        has_delim = 'delim' in pattern.groupindex
        for match in found:
            if match['quote']:
                _tally(quote_counts, match['quote'])
            if not has_delim:
                continue
            delim = match['delim']
            if delim and (delimiters is None or delim in delimiters):
                _tally(delim_counts, delim)
            if match['space']:
                spaced += 1
        quotechar = max(quote_counts, key=quote_counts.get)
        delim, skip = '', 0
        if delim_counts:
            delim = max(delim_counts, key=delim_counts.get)
            skip = delim_counts[delim] == spaced
            if delim == '\n':
                delim = ''      # probably a single column
        # A quote inside a quoted field (between delimiters) means quotes
        # are doubled.
        inner = re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)"
            % {'delim': re.escape(delim), 'quote': quotechar}, re.MULTILINE)
        return quotechar, inner.search(data) is not None, delim, skip

    def _guess_delimiter(self, data, delimiters):
        """The character that occurs equally often on (nearly) every line.

        Ten lines at a time, the table of how many times each ASCII
        character occurs per line grows; each character's most frequent
        count (less the lines that disagree) is its score, and a
        character whose score covers a large enough share of the lines
        seen -- 100%, then down to 90% -- is a candidate.  One candidate
        is the answer; several go to self.preferred, then to the best
        score.  Returns (delimiter, space after it?), ('', 0) for none.
        """
        lines = [line for line in data.split('\n') if line]
        batch = min(10, len(lines))
        histograms = {}     # char -> {occurrences on a line: lines}
        scores = {}
        chosen = {}
        seen = 0
        for first in range(0, len(lines), batch or 1):
            seen += 1
            for line in lines[first:first + batch]:
                for code in range(127):
                    char = chr(code)
                    _tally(histograms.setdefault(char, {}), line.count(char))
            for char, histogram in histograms.items():
                entries = list(histogram.items())
                if len(entries) == 1:
                    if entries[0][0] == 0:
                        continue
                    scores[char] = entries[0]
                    continue
                best = max(entries, key=lambda entry: entry[1])
                entries.remove(best)
                scores[char] = (best[0], best[1] - sum(n for _, n in entries))
            share_of = float(min(batch * seen, len(lines)))
            for level in _consistency_levels():
                if chosen:
                    break
                for char, (per_line, agreeing) in scores.items():
                    if (per_line > 0 and agreeing > 0
                            and agreeing / share_of >= level
                            and (delimiters is None or char in delimiters)):
                        chosen[char] = (per_line, agreeing)
            if len(chosen) == 1:
                (only,) = chosen
                return only, self._space_after(lines, only)
        if not chosen:
            return _NO_DELIMITER
        for favourite in self.preferred:
            if len(chosen) > 1 and favourite in chosen:
                return favourite, self._space_after(lines, favourite)
        top = max((score, char) for char, score in chosen.items())[1]
        return top, self._space_after(lines, top)

    @staticmethod
    def _space_after(lines, delim):
        # Whether each delimiter on the first line has a space after it.
        head = lines[0]
        return head.count(delim) == head.count(delim + ' ')

    def has_header(self, sample):
        """Guess whether sample starts with a header row.

        Over up to 21 further rows of the right length, a column whose
        values all parse as numbers, or all have one length, votes for a
        header if its first-row value does not fit that, against if it
        does; columns that change kind do not vote.
        """
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        kinds = dict.fromkeys(range(len(header)))   # complex, a length, or None
        for _, row in zip(range(21), rows):
            if len(row) != len(header):
                continue
            for col in list(kinds):
                value = row[col]
                kind = complex if _fits(complex, value) else len(value)
                if kinds[col] is None:
                    kinds[col] = kind
                elif kinds[col] != kind:
                    del kinds[col]
        votes = sum(-1 if _fits(kind, header[col]) else 1
                    for col, kind in kinds.items())
        return votes > 0
