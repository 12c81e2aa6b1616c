namespace SocialBalance.Api.Infrastructure.Http;

/// <summary>
/// The <c>type</c> URIs of the problems this API answers with (RFC 9457). They name the kind of problem;
/// the status codes' own RFC sections are used so a reader can look them up.
/// </summary>
public static class ProblemTypes
{
    public const string Validation = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1";
    public const string Unauthorized = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2";
    public const string Forbidden = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4";
    public const string NotFound = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5";
    public const string NotAcceptable = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7";
    public const string Conflict = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10";
    public const string PreconditionFailed = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13";
    public const string ContentTooLarge = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14";
    public const string UnsupportedMediaType = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16";
    public const string UnprocessableContent = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21";
    public const string PreconditionRequired = "https://www.rfc-editor.org/rfc/rfc6585#section-3";
    public const string TooManyRequests = "https://www.rfc-editor.org/rfc/rfc6585#section-4";
    public const string Timeout = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5";
    public const string ServerError = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1";
    public const string Unavailable = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4";
}
