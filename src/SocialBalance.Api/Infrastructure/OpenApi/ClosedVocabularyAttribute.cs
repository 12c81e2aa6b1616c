namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// Marks a string whose values are a closed list the service checks or writes, so the contract declares the list as an
/// enum schema instead of a free string. <paramref name="source"/> is either a C# enum (its schema, with the wire names
/// the JSON options give it, is used as is: one <c>Direction</c> everywhere) or a class with a public static
/// list of the codes (<c>All</c>, or <paramref name="member"/>), which becomes the enum schema <paramref name="schemaName"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class ClosedVocabularyAttribute(Type source, string? schemaName = null, string member = "All") : Attribute
{
    public Type Source { get; } = source;

    public string SchemaName { get; } = schemaName ?? source.Name;

    public string Member { get; } = member;
}
