using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Json.Schema;

namespace SocialBalance.Api.Tests.Infrastructure.Contract;

/// <summary>
/// The committed contract (api-spec/openapi.json) read for checking answers: its operations by path template and
/// method, and each response's schema built as a JSON Schema (2020-12, which OpenAPI 3.1 schemas are) with the
/// component schemas beside it. Every object schema that lists its properties is closed (<c>additionalProperties:
/// false</c>) unless the contract says otherwise, so a property the contract does not name fails the check: this is
/// done to a copy here, never to the product.
/// </summary>
public sealed class ContractDocument
{
    public const string File = "api-spec/openapi.json";

    private static readonly Lazy<ContractDocument> Committed = new(() => new ContractDocument(System.IO.File.ReadAllText(RepositoryFiles.PathOf(File))));

    private readonly JsonObject document;
    private readonly JsonObject definitions;
    private readonly List<(string Template, string[] Segments, JsonObject Item)> paths;
    private readonly ConcurrentDictionary<string, JsonSchema> schemas = new(StringComparer.Ordinal);
    private int built;

    public ContractDocument(string json)
    {
        document = JsonNode.Parse(json)!.AsObject();
        definitions = Rewrite(document["components"]?["schemas"]?.DeepClone() ?? new JsonObject()).AsObject();
        paths = document["paths"]!.AsObject()
            .Select(p => (p.Key, p.Key.Trim('/').Split('/'), p.Value!.AsObject()))
            .ToList();
    }

    /// <summary>The contract as committed.</summary>
    public static ContractDocument Load() => Committed.Value;

    /// <summary>The path template that <paramref name="path"/> falls under, with its path item; the most literal segments win.</summary>
    public (string Template, JsonObject Item)? FindPath(string path)
    {
        var segments = path.Trim('/').Split('/');
        var best = paths
            .Where(p => p.Segments.Length == segments.Length
                && p.Segments.Zip(segments).All(s => IsParameter(s.First) ? s.Second.Length > 0 : s.First == s.Second))
            .OrderByDescending(p => p.Segments.Count(s => !IsParameter(s)))
            .Select(p => ((string Template, JsonObject Item)?)(p.Template, p.Item))
            .FirstOrDefault();
        return best;
    }

    /// <summary>The schema of a response's content, as a JSON Schema with the contract's components beside it.</summary>
    public JsonSchema Schema(string key, JsonNode schema) =>
        schemas.GetOrAdd(key, _ =>
        {
            var root = Rewrite(schema.DeepClone()) is JsonObject o ? o : new JsonObject { ["allOf"] = new JsonArray(Rewrite(schema.DeepClone())) };
            root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
            root["$defs"] = definitions.DeepClone();
            var id = new Uri($"https://contract.test/{Interlocked.Increment(ref built)}");
            return JsonSchema.FromText(root.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, id);
        });

    /// <summary>The component schema of problem details, for answers outside every operation.</summary>
    public JsonSchema Problem() => Schema("#problem", new JsonObject { ["$ref"] = "#/components/schemas/ProblemDetails" });

    private static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');

    /// <summary>Points references at <c>$defs</c> and closes every object schema that names its properties.</summary>
    private static JsonNode Rewrite(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (name == "$ref" && value?.GetValue<string>() is { } reference)
                    {
                        obj["$ref"] = reference.Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
                    }
                    else if (value is not null && name != "enum" && name != "example" && name != "examples")
                    {
                        Rewrite(value);
                    }
                }

                if (obj.ContainsKey("properties") && !obj.ContainsKey("additionalProperties"))
                {
                    obj["additionalProperties"] = false;
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        Rewrite(item);
                    }
                }

                break;
        }

        return node;
    }
}
