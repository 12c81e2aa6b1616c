namespace SocialBalance.Api.Infrastructure.Http.Errors;

/// <summary>
/// The <c>type</c> URIs of the problems this API answers with (RFC 9457). They name the kind of problem;
/// the status codes' own RFC sections are used so a reader can look them up.
/// </summary>
public static class ProblemTypes
{
    public const string Rfc9110Prefix = "https://www.rfc-editor.org/rfc/rfc9110#";

    public const string Validation = Rfc9110Prefix + "section-15.5.1";
    public const string Unauthorized = Rfc9110Prefix + "section-15.5.2";
    public const string Forbidden = Rfc9110Prefix + "section-15.5.4";
    public const string NotFound = Rfc9110Prefix + "section-15.5.5";
    public const string NotAcceptable = Rfc9110Prefix + "section-15.5.7";
    public const string Conflict = Rfc9110Prefix + "section-15.5.10";
    public const string PreconditionFailed = Rfc9110Prefix + "section-15.5.13";
    public const string ContentTooLarge = Rfc9110Prefix + "section-15.5.14";
    public const string UriTooLong = Rfc9110Prefix + "section-15.5.15";
    public const string UnsupportedMediaType = Rfc9110Prefix + "section-15.5.16";
    public const string UnprocessableContent = Rfc9110Prefix + "section-15.5.21";
    public const string PreconditionRequired = "https://www.rfc-editor.org/rfc/rfc6585#section-3";
    public const string TooManyRequests = "https://www.rfc-editor.org/rfc/rfc6585#section-4";
    public const string HeaderFieldsTooLarge = "https://www.rfc-editor.org/rfc/rfc6585#section-5";
    public const string Timeout = Rfc9110Prefix + "section-15.6.5";
    public const string ServerError = Rfc9110Prefix + "section-15.6.1";
    public const string Unavailable = Rfc9110Prefix + "section-15.6.4";
}
