using MusicBot.Infrastructure.Storage;

namespace MusicBot.Infrastructure.Tests.Storage;

public sealed class DatabaseOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_AreValidSqlite()
    {
        var result = new DatabaseOptionsValidator().Validate(null, new DatabaseOptions());

        Assert.True(result.Succeeded);
        Assert.False(new DatabaseOptions().IsPostgres);
    }

    [Fact]
    public void Validate_UnknownProvider_NamesTheKeyAndTheChoices()
    {
        var result = new DatabaseOptionsValidator().Validate(null, new DatabaseOptions { Provider = "mysql" });

        Assert.Equal(["MusicBot:Database:Provider is 'mysql'; use sqlite or postgres."], result.Failures);
    }

    [Fact]
    public void Validate_PostgresWithoutConnectionString_SaysWhatToGive()
    {
        var result = new DatabaseOptionsValidator().Validate(null, new DatabaseOptions { Provider = "Postgres" });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("MusicBot:Database:ConnectionString is empty but MusicBot:Database:Provider is postgres", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://bot:hunter2-secret@db/musicbot")]
    [InlineData("Host=db;Pasword=hunter2-secret")]
    [InlineData("Database=musicbot;Password=hunter2-secret")]
    public void Validate_BadConnectionString_ExplainsWithoutRepeatingIt(string connectionString)
    {
        var result = new DatabaseOptionsValidator().Validate(null, new DatabaseOptions { Provider = "postgres", ConnectionString = connectionString });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("MusicBot:Database:ConnectionString ", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PostgresWithConnectionString_IsValid()
    {
        var options = new DatabaseOptions { Provider = "postgres", ConnectionString = "Host=db;Database=musicbot;Username=bot;Password=x" };

        Assert.True(new DatabaseOptionsValidator().Validate(null, options).Succeeded);
        Assert.True(options.IsPostgres);
    }
}
