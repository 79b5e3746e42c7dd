using System.Buffers;
using System.Text;

namespace PaperGraph.Ingest;

/// <summary>One line of an input file: 1-based number, text without the line break, and what was wrong with its bytes.</summary>
public readonly record struct SourceLine(int Number, string Text, LineProblem Problem = LineProblem.None, long ProblemOffset = 0)
{
    public bool IsBlank => Problem == LineProblem.None && string.IsNullOrWhiteSpace(Text);

    /// <summary>Human-readable reason when <see cref="Problem"/> is set.</summary>
    public string ProblemText => Problem switch
    {
        LineProblem.InvalidUtf8 => $"invalid UTF-8 at byte {ProblemOffset} of the line",
        LineProblem.TooLong => $"line is {ProblemOffset:N0} bytes, over the limit of {LineSource.MaxLineBytes:N0}",
        LineProblem.Binary => "binary data (NUL byte) on the line",
        _ => "",
    };
}

public enum LineProblem { None, InvalidUtf8, TooLong, Binary }

/// <summary>
/// Splits a byte stream into lines (LF or CRLF), decoding each as strict UTF-8. A line with invalid bytes, a NUL
/// byte, or more than <see cref="MaxLineBytes"/> bytes is still yielded, marked with its problem, so readers can
/// reject exactly that record and go on. A UTF-8 byte-order mark at the start is skipped.
/// </summary>
public static class LineSource
{
    /// <summary>Longest accepted line: 4 MiB (an abstract is a few KB; an arXiv JSON record under 100 KB).</summary>
    public const int MaxLineBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<SourceLine> ReadFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        foreach (var line in Read(stream)) yield return line;
    }

    public static IEnumerable<SourceLine> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[1 << 16];
        var line = new ArrayBufferWriter<byte>(1024);
        long lineLength = 0;
        int number = 1;
        bool first = true;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int pos = 0;
            if (first)
            {
                first = false;
                if (read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF) pos = 3;
            }
            while (pos < read)
            {
                int nl = Array.IndexOf(buffer, (byte)'\n', pos, read - pos);
                int end = nl < 0 ? read : nl;
                int take = end - pos;
                if (lineLength + take <= MaxLineBytes) line.Write(buffer.AsSpan(pos, take));
                lineLength += take;
                pos = end;
                if (nl >= 0)
                {
                    yield return Decode(number++, line, lineLength);
                    line.ResetWrittenCount();
                    lineLength = 0;
                    pos = nl + 1;
                }
            }
        }
        if (lineLength > 0) yield return Decode(number, line, lineLength);
    }

    private static SourceLine Decode(int number, ArrayBufferWriter<byte> line, long length)
    {
        if (length > MaxLineBytes) return new SourceLine(number, "", LineProblem.TooLong, length);
        var bytes = line.WrittenSpan;
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r') bytes = bytes[..^1];
        if (bytes.IndexOf((byte)0) >= 0) return new SourceLine(number, "", LineProblem.Binary, bytes.IndexOf((byte)0));
        try
        {
            return new SourceLine(number, Strict.GetString(bytes));
        }
        catch (DecoderFallbackException ex)
        {
            return new SourceLine(number, Encoding.UTF8.GetString(bytes), LineProblem.InvalidUtf8, Math.Max(0, ex.Index) + 1);
        }
    }
}
