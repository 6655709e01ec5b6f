using System.Text;

namespace Traceability.Storage.Csv;

/// <summary>
/// A strict RFC 4180 reader: comma-separated, fields quoted with ", "" inside quotes, records ended by
/// LF, CRLF or CR (OFAC files end records with CR). Quoted fields may span lines. Rejects invalid UTF-8,
/// NUL bytes, stray quotes, unterminated quotes and oversized fields with the line where they occur.
/// A UTF-8 byte order mark is skipped; blank lines are skipped.
/// </summary>
public sealed class CsvReader : IDisposable
{
    public const int MaxFieldLength = 1 << 20;
    public const int MaxFields = 10_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly StreamReader _reader;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];
    private readonly char _delimiter;
    private int _pos;
    private int _len;
    private long _line = 1;
    private bool _started;

    private readonly System.Buffers.SearchValues<char> _stops;

    public CsvReader(Stream stream, char delimiter = ',')
    {
        _stream = stream;
        _delimiter = delimiter;
        _stops = System.Buffers.SearchValues.Create([delimiter, '\n', '\r', '"']);
        _reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
    }

    /// <summary>Line the next record starts on (after skipping nothing yet).</summary>
    public long Line => _line;

    /// <summary>Reads the next record, or returns null at the end of the input.</summary>
    /// <exception cref="CsvFormatException">Malformed input.</exception>
    public CsvRecord? Read()
    {
        _fields.Clear();
        int c;
        // Skip blank lines.
        while (true)
        {
            c = Peek();
            if (c == -1) return null;
            if (c == '\n') { Next(); _line++; continue; }
            if (c == '\r') { Next(); if (Peek() == '\n') Next(); _line++; continue; }
            break;
        }
        var start = _line;
        while (true)
        {
            _field.Clear();
            c = Peek();
            if (c == '"')
            {
                Next();
                var quoteLine = _line;
                while (true)
                {
                    c = Next();
                    if (c == -1) throw new CsvFormatException(quoteLine, $"unterminated quoted field (the quote opened on line {quoteLine} is never closed)", FieldNumber);
                    if (c == '"')
                    {
                        if (Peek() == '"') { Next(); Append('"'); continue; }
                        break;
                    }
                    if (c == '\n' || (c == '\r' && Peek() != '\n')) _line++;
                    Append((char)c);
                }
                c = Peek();
                if (c != _delimiter && c != '\n' && c != '\r' && c != -1)
                    throw new CsvFormatException(_line, $"unexpected character '{Printable(c)}' after a closing quote (a quote inside a quoted field is written \"\")", FieldNumber);
            }
            else
            {
                // Copy runs of ordinary characters at once; stop at a delimiter, a line end, a quote or the buffer's end.
                while (true)
                {
                    if (_pos >= _len && !Fill()) break;
                    var span = _buffer.AsSpan(_pos, _len - _pos);
                    var stop = span.IndexOfAny(_stops);
                    var run = stop < 0 ? span : span[..stop];
                    if (run.Length > 0)
                    {
                        if (run.Contains('\0')) throw new CsvFormatException(_line, "NUL byte in the data", FieldNumber);
                        if (_field.Length + run.Length > MaxFieldLength) throw new CsvFormatException(_line, $"field longer than {MaxFieldLength} characters", FieldNumber);
                        _field.Append(run);
                        _pos += run.Length;
                    }
                    if (stop < 0) continue;
                    if (span[stop] == '"') throw new CsvFormatException(_line, "quote inside an unquoted field (quote the whole field and double the quote)", FieldNumber);
                    break;
                }
            }
            _fields.Add(_field.ToString());
            if (_fields.Count > MaxFields) throw new CsvFormatException(_line, $"more than {MaxFields} fields in one record");
            c = Next();
            if (c == _delimiter) continue;
            if (c == '\r' && Peek() == '\n') Next();
            if (c != -1) _line++;
            return new CsvRecord(start, [.. _fields]);
        }
    }

    private void Append(char ch)
    {
        if (ch == '\0') throw new CsvFormatException(_line, "NUL byte in the data", FieldNumber);
        if (_field.Length >= MaxFieldLength) throw new CsvFormatException(_line, $"field longer than {MaxFieldLength} characters", FieldNumber);
        _field.Append(ch);
    }

    /// <summary>1-based position of the field being read.</summary>
    private int FieldNumber => _fields.Count + 1;

    private int Peek()
    {
        if (_pos >= _len && !Fill()) return -1;
        return _buffer[_pos];
    }

    private int Next()
    {
        if (_pos >= _len && !Fill()) return -1;
        return _buffer[_pos++];
    }

    private bool Fill()
    {
        try
        {
            _len = _reader.Read(_buffer, 0, _buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw new CsvFormatException(FindInvalidUtf8Line(), "invalid UTF-8 (the file must be UTF-8 encoded)");
        }
        _pos = 0;
        if (!_started && _len > 0)
        {
            _started = true;
            if (_buffer[0] == '\uFEFF') _pos = 1;
        }
        return _len > _pos;
    }

    // The decoder reads ahead, so the line of the bad byte is found by scanning the bytes again.
    private long FindInvalidUtf8Line()
    {
        if (!_stream.CanSeek) return _line;
        _stream.Position = 0;
        var bytes = new byte[_stream.Length];
        _stream.ReadExactly(bytes);
        var line = 1L;
        var i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(i), out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done) return line;
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n'))) line++;
            i += consumed;
        }
        return line;
    }

    private static string Printable(int c) => c < 32 ? $"\\x{c:x2}" : ((char)c).ToString();

    public void Dispose() => _reader.Dispose();
}
