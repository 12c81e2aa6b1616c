namespace SocialBalance.Api.Infrastructure.Http.Binding;

/// <summary>
/// Values or a body that do not fit the endpoint, found from the endpoint's parameter types before it binds them:
/// a 400 naming each field at fault (<see cref="Errors"/>: field path → reasons).
/// </summary>
public sealed class InvalidRequestException(IReadOnlyDictionary<string, string[]> errors) : Exception("The request is not valid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static InvalidRequestException For(string field, string reason) => new(new Dictionary<string, string[]> { [field] = [reason] });
}
