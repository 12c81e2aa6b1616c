using System.Globalization;
using System.Text.Json.Nodes;
using Json.Schema;
using SocialBalance.Api.Features.StatusPage;

namespace SocialBalance.Api.Tests.Infrastructure.Contract;

/// <summary>
/// Checks one answer against the contract: its status is declared for the operation (path template and method), every
/// header the contract requires is there, and a JSON body (application/json, application/problem+json) validates
/// against the declared schema, closed to properties it does not name; a spreadsheet body is a ZIP package, declared
/// as binary; an SVG body (image/svg+xml) is well-formed XML with an svg root. Answers the violations found; none is a
/// pass.
/// </summary>
public sealed class ContractCheck(ContractDocument contract)
{
    private const string SvgMediaType = "image/svg+xml";

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    public IReadOnlyList<string> Violations(HttpMethod method, string path, HttpResponseMessage response, byte[] body)
    {
        var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        var where = $"{method} {path} → {status}";
        var found = contract.FindPath(path);
        var verb = method == HttpMethod.Head ? "get" : method.Method.ToLowerInvariant();
        if (found is null && Pages.TryGetValue(path, out var pageType))
        {
            return Page(where, method, pageType, response, body);
        }

        if (found?.Item[verb] is not JsonObject operation)
        {
            return Outside(where, method, found is not null, response, body);
        }

        var violations = new List<string>();
        var responses = operation["responses"]!.AsObject();
        var declared = responses[status] ?? responses[status[0] + "XX"] ?? responses["default"];
        if (declared is not JsonObject answer)
        {
            return [$"{where}: {found.Value.Template} does not declare {status} (it declares {string.Join(", ", responses.Select(r => r.Key))})."];
        }

        foreach (var (name, header) in answer["headers"]?.AsObject() ?? [])
        {
            if (header?["required"]?.GetValue<bool>() == true && !HasHeader(response, name))
            {
                violations.Add($"{where}: the required header {name} is missing.");
            }
        }

        var content = answer["content"]?.AsObject();
        if (method == HttpMethod.Head || body.Length == 0)
        {
            if (method == HttpMethod.Head && body.Length > 0)
            {
                violations.Add($"{where}: a HEAD answer has a body.");
            }
            else if (method != HttpMethod.Head && content is { Count: > 0 })
            {
                violations.Add($"{where}: no body, where the contract declares {string.Join(", ", content.Select(c => c.Key))}.");
            }

            return violations;
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (content is null || mediaType is null || content[mediaType] is not JsonObject media)
        {
            violations.Add($"{where}: a body of {mediaType ?? "no media type"}, where the contract declares {(content is null ? "no body" : string.Join(", ", content.Select(c => c.Key)))}.");
            return violations;
        }

        if (IsJson(mediaType) && media["schema"] is { } schema)
        {
            violations.AddRange(Validate(where, contract.Schema($"{found.Value.Template} {verb} {status} {mediaType}", schema), body));
        }
        else if (mediaType == SpreadsheetMediaType && !IsZip(body))
        {
            // A workbook is a ZIP package (ECMA-376 part 2); its sheets are the tests' to read.
            violations.Add($"{where}: a body of {mediaType} that is not a ZIP package.");
        }
        else if (mediaType == SpreadsheetMediaType && media["schema"]?["format"]?.GetValue<string>() != "binary")
        {
            violations.Add($"{where}: the contract declares {mediaType} without the binary format.");
        }
        else if (mediaType == SvgMediaType)
        {
            violations.AddRange(ValidateSvg(where, body));
        }

        return violations;
    }

    /// <summary>
    /// An answer to a request the contract has no operation for: an unknown path (404), a method the path does not take
    /// (405), a request line or headers too large (414, 431), a failure (500, as every operation declares; a test route
    /// that throws on purpose answers it) or a CORS preflight. OpenAPI cannot declare what a path it does not list
    /// answers, so the rule checked is the service's own: every such answer is a problem (RFC 9457) whose body is the
    /// contract's ProblemDetails; a preflight (OPTIONS) is answered without a body.
    /// </summary>
    private IReadOnlyList<string> Outside(string where, HttpMethod method, bool knownPath, HttpResponseMessage response, byte[] body)
    {
        if (method == HttpMethod.Options && (int)response.StatusCode is >= 200 and < 300 && body.Length == 0)
        {
            return [];
        }

        var status = (int)response.StatusCode;
        var expected = status switch
        {
            404 => !knownPath,
            405 => knownPath,
            414 or 431 or 500 => true,
            _ => false,
        };
        if (!expected)
        {
            return [$"{where}: no operation in the contract, and not the 404 of an unknown path, the 405 of an unknown method, a 414, 431 or 500."];
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return [$"{where}: no operation in the contract, and the refusal is not a problem (application/problem+json)."];
        }

        // RFC 9110 15.5.6: a 405 names the methods the path does take.
        if (status == 405 && !HasHeader(response, "Allow"))
        {
            return [$"{where}: a 405 without the Allow header."];
        }

        return method == HttpMethod.Head ? [] : Validate(where, contract.Problem(), body);
    }

    /// <summary>
    /// What the service serves for people beside the JSON API, left out of the contract on purpose: the status page and
    /// its icon, by path, with the media type of each.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Pages { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [StatusPageApi.Path] = "text/html",
        ["/favicon.svg"] = "image/svg+xml",
        ["/favicon.ico"] = "image/svg+xml",
    };

    /// <summary>
    /// An answer of a page (<see cref="Pages"/>): the contract does not describe pages, so the rule checked is the
    /// service's own. A page is its media type (HTML in UTF-8; a 304 and a HEAD answer carry no body); a refusal is a
    /// problem (RFC 9457) whose body is the contract's ProblemDetails, as everywhere else.
    /// </summary>
    private IReadOnlyList<string> Page(string where, HttpMethod method, string mediaType, HttpResponseMessage response, byte[] body)
    {
        var status = (int)response.StatusCode;
        var type = response.Content.Headers.ContentType;
        if (status == 304 || method == HttpMethod.Head)
        {
            return body.Length == 0 ? [] : [$"{where}: a {(status == 304 ? "304" : "HEAD answer")} with a body."];
        }

        if (status == 200)
        {
            return type?.MediaType == mediaType && (mediaType != "text/html" || type.CharSet == "utf-8") && body.Length > 0
                ? []
                : [$"{where}: answers {mediaType}{(mediaType == "text/html" ? "; charset=utf-8" : "")}, not {type?.ToString() ?? "no media type"}."];
        }

        if (status is >= 400 and < 600 && type?.MediaType == "application/problem+json")
        {
            return Validate(where, contract.Problem(), body);
        }

        return [$"{where}: a page answers 200 with {mediaType}, 304, or a problem (application/problem+json), not {status} {type}."];
    }

    private static IReadOnlyList<string> Validate(string where, JsonSchema schema, byte[] body)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return [$"{where}: the body is not JSON ({e.Message})."];
        }

        using (json)
        {
            var result = schema.Evaluate(json.RootElement, Options);
            if (result.IsValid)
            {
                return [];
            }

            return (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{where}: at '{d.InstanceLocation}' ({d.EvaluationPath}): {e.Key}: {e.Value}"))
                .DefaultIfEmpty($"{where}: the body does not validate against the contract.")
                .Take(20)
                .ToList();
        }
    }

    /// <summary>An SVG answer, which no JSON schema describes, must at least be the XML document it says it is: an svg root.</summary>
    private static IReadOnlyList<string> ValidateSvg(string where, byte[] body)
    {
        try
        {
            using var stream = new MemoryStream(body);
            var root = System.Xml.Linq.XDocument.Load(stream).Root;
            return root?.Name == System.Xml.Linq.XName.Get("svg", "http://www.w3.org/2000/svg")
                ? []
                : [$"{where}: an {SvgMediaType} body whose root is {root?.Name.ToString() ?? "missing"}, not an SVG svg element."];
        }
        catch (System.Xml.XmlException e)
        {
            return [$"{where}: the body is not XML ({e.Message})."];
        }
    }

    private static bool HasHeader(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.Contains(name) || response.Content.Headers.NonValidated.Contains(name);

    private static bool IsJson(string mediaType) => mediaType is "application/json" or "application/problem+json";

    private const string SpreadsheetMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static bool IsZip(byte[] body) => body.AsSpan().StartsWith("PK\u0003\u0004"u8);
}
