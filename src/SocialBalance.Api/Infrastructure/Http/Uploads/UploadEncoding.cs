using System.Text;

namespace SocialBalance.Api.Infrastructure.Http.Uploads;

/// <summary>
/// The text encodings an upload may declare in its <c>charset</c>: UTF-8 (the default, with or without a byte
/// order mark), and the two that Danish spreadsheets still export, ISO-8859-1 and Windows-1252, transcoded so
/// æ, ø and å arrive intact. Anything else is refused (415) rather than guessed at.
/// </summary>
public static class UploadEncoding
{
    public const string Supported = "UTF-8, ISO-8859-1 or Windows-1252";

    static UploadEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The charset of the request's Content-Type, or null when it declares none.</summary>
    public static string? Charset(HttpRequest request) =>
        request.GetTypedHeaders().ContentType?.Charset.Value?.Trim('"');

    public static bool IsSupported(string? charset) => charset is null || CodePage(charset) is not null;

    /// <summary>Whether the body is read as UTF-8 anyway (no charset, or UTF-8 or ASCII declared).</summary>
    public static bool IsUtf8(string? charset) => charset is null || CodePage(charset) == 65001;

    /// <summary>The encoding of a supported <paramref name="charset"/>, decoding as the platform does.</summary>
    public static Encoding Of(string charset) =>
        Encoding.GetEncoding(CodePage(charset) ?? throw new ArgumentException($"'{charset}' is not supported.", nameof(charset)));

    /// <summary>
    /// A decoder for <paramref name="charset"/> that turns each invalid byte sequence into U+FFFD and counts it in
    /// <paramref name="invalid"/>, so the reader can name the line that holds it instead of storing the replacement.
    /// </summary>
    public static Encoding For(string? charset, InvalidBytes invalid)
    {
        var encoding = (Encoding)Of(charset ?? "utf-8").Clone();
        encoding.DecoderFallback = invalid;
        return encoding;
    }

    private static int? CodePage(string charset) => charset.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => 65001,
        "us-ascii" or "ascii" => 65001, // a subset of UTF-8: read as UTF-8, so a stray byte is named, not dropped
        "iso-8859-1" or "iso_8859-1" or "latin1" or "l1" => 28591,
        "windows-1252" or "cp1252" => 1252,
        _ => null,
    };
}

/// <summary>Counts invalid byte sequences while decoding, replacing each with U+FFFD (see <see cref="UploadEncoding"/>).</summary>
public sealed class InvalidBytes : DecoderFallback
{
    public const char Marker = '\uFFFD';

    private int count;

    public int Count => Volatile.Read(ref count);

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(InvalidBytes owner) : DecoderFallbackBuffer
    {
        private bool pending;

        public override int Remaining => pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            Interlocked.Increment(ref owner.count);
            pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!pending)
            {
                return '\0';
            }

            pending = false;
            return Marker;
        }

        public override bool MovePrevious() => false;
    }
}
