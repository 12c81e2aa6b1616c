using System.Globalization;

namespace SocialBalance.LoadBench;

/// <summary>The engines a run measures, one table each.</summary>
public enum Engines
{
    Sqlite,
    SqlServer,
    Both,
}

/// <summary>
/// What a load run measures and with what. The old positional form (<c>[seconds] [connections]</c>) still works;
/// every option has a name of its own.
/// </summary>
public sealed record LoadOptions
{
    public const int DefaultAreas = 2000;

    /// <summary>The generated areas the endpoints name: housing-0042 and the first 20.</summary>
    public const int MinimumAreas = 43;

    public int Seconds { get; init; } = 15;

    public int Connections { get; init; } = 32;

    public int Rounds { get; init; } = 3;

    /// <summary>Only the endpoints whose name contains this (case-insensitive).</summary>
    public string? Only { get; init; }

    /// <summary>An already generated SQLite file to read instead of generating one (it is left in place).</summary>
    public string? Database { get; init; }

    /// <summary>An already published build (the folder holding SocialBalance.Api.dll) instead of publishing.</summary>
    public string? Publish { get; init; }

    public Engines Engines { get; init; } = Engines.Sqlite;

    /// <summary>A login on a SQL Server that may create databases (the stand-in's sa).</summary>
    public string? SqlServer { get; init; }

    /// <summary>Generated housing areas (each 30 indicators × 30 years of figures).</summary>
    public int Areas { get; init; } = DefaultAreas;

    /// <summary>After the rounds, a fresh every-request-computed instance alone on the national list, for its peak memory.</summary>
    public bool Alone { get; init; }

    public bool RunsSqlite => Engines is Engines.Sqlite or Engines.Both;

    public bool RunsSqlServer => Engines is Engines.SqlServer or Engines.Both;

    /// <summary>
    /// Reads the arguments. Without <c>--sqlserver</c> the server comes from SOCIALBALANCE_BENCH_SQLSERVER, else
    /// SOCIALBALANCE_TEST_SQLSERVER; it is used only when the engine asks for it. Naming a server with
    /// <c>--sqlserver</c> and no <c>--engine</c> measures that server.
    /// </summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        var positional = 0;
        Engines? engines = null;
        string? server = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
            switch (arg)
            {
                case "--seconds":
                    options = options with { Seconds = Positive(arg, Value()) };
                    break;
                case "--connections":
                    options = options with { Connections = Positive(arg, Value()) };
                    break;
                case "--rounds":
                    options = options with { Rounds = Positive(arg, Value()) };
                    break;
                case "--only":
                    options = options with { Only = Value() };
                    break;
                case "--database":
                    options = options with { Database = Path.GetFullPath(Value()) };
                    break;
                case "--publish":
                    options = options with { Publish = Path.GetFullPath(Value()) };
                    break;
                case "--sqlserver":
                    server = Value();
                    break;
                case "--engine":
                    engines = EngineNamed(Value());
                    break;
                case "--areas":
                    options = options with { Areas = Positive(arg, Value()) };
                    break;
                case "--alone":
                    options = options with { Alone = true };
                    break;
                case var number when !number.StartsWith("--", StringComparison.Ordinal) && positional == 0:
                    options = options with { Seconds = Positive("seconds", number) };
                    positional++;
                    break;
                case var number when !number.StartsWith("--", StringComparison.Ordinal) && positional == 1:
                    options = options with { Connections = Positive("connections", number) };
                    positional++;
                    break;
                default:
                    throw new ArgumentException($"Unknown argument {arg}.");
            }
        }

        if (options.Areas < MinimumAreas)
        {
            throw new ArgumentException($"--areas must be at least {MinimumAreas}: the endpoints read housing-0042.");
        }

        engines ??= server is null ? Engines.Sqlite : Engines.SqlServer;
        server ??= FromEnvironment("SOCIALBALANCE_BENCH_SQLSERVER") ?? FromEnvironment("SOCIALBALANCE_TEST_SQLSERVER");
        if (engines is Engines.SqlServer or Engines.Both && server is null)
        {
            throw new ArgumentException(
                "SQL Server needs a connection string: --sqlserver, SOCIALBALANCE_BENCH_SQLSERVER or SOCIALBALANCE_TEST_SQLSERVER.");
        }

        return options with { Engines = engines.Value, SqlServer = server };
    }

    private static Engines EngineNamed(string name) => name.ToLowerInvariant() switch
    {
        "sqlite" => Engines.Sqlite,
        "sqlserver" => Engines.SqlServer,
        "both" => Engines.Both,
        _ => throw new ArgumentException($"--engine is sqlite, sqlserver or both, not {name}."),
    };

    private static int Positive(string name, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{name} must be a positive whole number, not {text}.");

    private static string? FromEnvironment(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value : null;
}
