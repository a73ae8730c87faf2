using Microsoft.Extensions.Options;
using Npgsql;

namespace MusicBot.Infrastructure.Storage;

/// <summary>The provider is one the bot knows, and a PostgreSQL connection string parses. Messages never repeat the string.</summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (!DatabaseProviders.All.Contains(options.Provider, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"MusicBot:Database:Provider is '{options.Provider}'; use {string.Join(" or ", DatabaseProviders.All)}.");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            if (options.IsPostgres)
            {
                problems.Add("MusicBot:Database:ConnectionString is empty but MusicBot:Database:Provider is postgres; give the server's connection string, e.g. Host=db;Port=5432;Database=musicbot;Username=musicbot;Password=… (from a secret, not appsettings.json).");
            }
        }
        else if (ConnectionStringProblem(options.ConnectionString) is { } problem)
        {
            problems.Add(problem);
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static string? ConnectionStringProblem(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException)
        {
            // The parser's message can quote the string, which may hold the password: say what is expected instead.
            return "MusicBot:Database:ConnectionString is not a PostgreSQL connection string; write Key=Value pairs separated by ';' (Host=…;Port=5432;Database=…;Username=…;Password=…). URLs such as postgres://… are not accepted.";
        }

        return string.IsNullOrWhiteSpace(builder.Host)
            ? "MusicBot:Database:ConnectionString has no Host; add Host=<server name or address>."
            : null;
    }
}
