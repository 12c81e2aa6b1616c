using SocialBalance.Api.Features.ApiKeys;
using SocialBalance.Api.Features.Areas;
using SocialBalance.Api.Features.Indicators;
using SocialBalance.Api.Features.Organisations;
using SocialBalance.Api.Features.Targets;
using SocialBalance.Api.Features.Themes;
using SocialBalance.Api.Infrastructure.Auth;
using SocialBalance.Api.Infrastructure.Http.Limits;

namespace SocialBalance.Api.Features.Administration;

/// <summary>
/// Everything only the municipality's admin keys may do, under one prefix and one policy, so no administration
/// route can be mapped without it. Reads of the same data stay anonymous at their own paths.
/// </summary>
public static class AdministrationApi
{
    public static RouteGroupBuilder MapAdministration(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin").WithTags("Administration").RequireAuthorization(Roles.AdminPolicy)
            .RequireRateLimiting(RateLimitSetup.Writes);
        admin.MapAreaAdministration();
        admin.MapIndicatorAdministration();
        admin.MapThemeAdministration();
        admin.MapOrganisationAdministration();
        admin.MapTargetAdministration();
        admin.MapApiKeys();
        return admin;
    }
}
