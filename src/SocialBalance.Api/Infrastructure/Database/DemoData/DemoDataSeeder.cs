namespace SocialBalance.Api.Infrastructure.Database.DemoData;

public static class DemoDataSeeder
{
    public static Task<int> SeedAsync(DbConnectionFactory factory, TimeProvider clock, CancellationToken ct) => Task.FromResult(0);
}
