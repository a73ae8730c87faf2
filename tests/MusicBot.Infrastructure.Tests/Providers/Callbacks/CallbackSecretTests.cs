using Microsoft.Extensions.Options;
using MusicBot.Core.Configuration;
using MusicBot.Infrastructure.Providers.Callbacks;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Providers.Callbacks;

public sealed class CallbackSecretTests : IDisposable
{
    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Value_FirstStart_CreatesARandomOwnerOnlyFileAndKeepsItAcrossRestarts()
    {
        var first = new CallbackSecret(_data.Options).Value;
        var second = new CallbackSecret(_data.Options).Value;
        var other = new CallbackSecret(new TestDataDirectory().Options).Value;

        Assert.Equal(64, first.Length);
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        var path = Path.Combine(_data.Path, CallbackSecret.FileName);
        Assert.Equal(first, File.ReadAllText(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void Matches_OnlyTheExactSecret()
    {
        var secret = new CallbackSecret(_data.Options);

        Assert.True(secret.Matches(secret.Value));
        Assert.False(secret.Matches(secret.Value[..^1]));
        Assert.False(secret.Matches(null));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("https://bot.example.test", "https://bot.example.test/callbacks/topview/{0}?ref=task-12")]
    [InlineData("https://bot.example.test/base/", "https://bot.example.test/base/callbacks/topview/{0}?ref=task-12")]
    public void For_WithOrWithoutPublicBaseUrl_BuildsTheAddressOrNone(string? publicBaseUrl, string? expected)
    {
        var options = Options.Create(new MusicBotOptions { DataDirectory = _data.Path, PublicBaseUrl = publicBaseUrl });
        var secret = new CallbackSecret(options);

        var url = new CallbackUrls(options, secret).For("topview", "task-12");

        Assert.Equal(expected is null ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, secret.Value), url);
    }
}
