namespace SocialBalance.Api.Tests.Infrastructure;

/// <summary>Finds files of the repository the tests were built from.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialBalance.Api.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (SocialBalance.Api.sln) was not found above " + AppContext.BaseDirectory);
    }
}
