using System.Text.RegularExpressions;

namespace SocialBalance.Api.Features.Catalogue;

/// <summary>
/// The form of every public code: lower-case ASCII letters and digits in words joined by single hyphens, e.g.
/// <c>vaerebro-park</c>. Codes are identifiers, equal only byte for byte: a string of another form (<c>FEEL-SAFE</c>)
/// is no code at all, and is never handed to a database, whose collation might fold its case (SQL Server's
/// usually does) or read <c>aa</c> as <c>å</c> (a Danish one does).
/// </summary>
public static partial class PublicCode
{
    public const int MaxLength = 64;

    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public const string FormMessage = "A code is lower-case letters and digits in words joined by single hyphens, e.g. 'bagsvaerd-syd'.";

    public static bool IsValid(string? value) => value is { Length: > 0 and <= MaxLength } && Form().IsMatch(value);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Form();
}

/// <summary>
/// <c>{code:code}</c> in a route: a path segment that is not a code matches no route, so it answers 404 on every
/// database alike instead of reaching a lookup.
/// </summary>
public sealed class CodeRouteConstraint : IRouteConstraint
{
    public const string Name = "code";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && PublicCode.IsValid(value as string);
}
