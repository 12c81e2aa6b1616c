namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// Marks a query parameter that its validator requires, so the published contract says so too. The
/// parameter stays nullable in C#: a missing value must reach the validator, which names it in a 400,
/// instead of failing in model binding.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class RequiredQueryAttribute : Attribute;
