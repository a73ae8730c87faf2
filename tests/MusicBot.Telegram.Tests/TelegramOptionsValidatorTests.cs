namespace MusicBot.Telegram.Tests;

public sealed class TelegramOptionsValidatorTests
{
    private const string Token = "7000000001:AAEmulatorTokenForTestsOnly_x1y2z3w4";

    [Fact]
    public void Validate_NoToken_TelegramIsOffAndNothingIsChecked()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { PollTimeout = TimeSpan.FromHours(1) });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_DefaultsWithAToken_Succeed()
    {
        Assert.True(new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = Token }).Succeeded);
    }

    [Fact]
    public void Validate_SeveralProblems_ListsEachByKeyWithoutSecretValues()
    {
        var options = new TelegramOptions
        {
            BotToken = "not a token: s3cr3t",
            ApiBaseUrl = new Uri("ftp://files.example/"),
            Mode = TelegramMode.Webhook,
            WebhookSecret = "has spaces s3cr3t",
            PollTimeout = TimeSpan.FromSeconds(90),
        };

        var result = new TelegramOptionsValidator().Validate(null, options);

        var failures = result.Failures!.ToList();
        Assert.Equal(5, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("MusicBot:Telegram:BotToken", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MusicBot:Telegram:ApiBaseUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MusicBot:Telegram:WebhookUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MusicBot:Telegram:WebhookSecret", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MusicBot:Telegram:PollTimeout", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("s3cr3t", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8081/telegram")]
    [InlineData("https://proxy.example/bot-api/")]
    [InlineData("http://127.0.0.1:8081/?x=1")]
    public void Validate_ApiBaseUrlWithAPath_IsRefusedBecauseTheLibraryDropsIt(string url)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = Token, ApiBaseUrl = new Uri(url) });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("MusicBot:Telegram:ApiBaseUrl must be only a scheme, host and port", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8081")]
    [InlineData("http://127.0.0.1:8081/")]
    [InlineData("https://api.telegram.org")]
    public void Validate_ApiBaseUrlOfHostAndPort_IsAccepted(string url)
    {
        Assert.True(new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = Token, ApiBaseUrl = new Uri(url) }).Succeeded);
    }

    [Fact]
    public void Validate_UploadLimitAbove50MbOnTelegramsServers_IsRefusedButALocalServerMayTakeMore()
    {
        const long Limit = 100L * 1024 * 1024;
        var cloud = new TelegramValidatorCase(new TelegramOptions { BotToken = Token, MaxUploadBytes = Limit });
        var local = new TelegramValidatorCase(new TelegramOptions { BotToken = Token, MaxUploadBytes = Limit, ApiBaseUrl = new Uri("http://127.0.0.1:8081") });

        Assert.StartsWith("MusicBot:Telegram:MaxUploadBytes must be at most 52428800", Assert.Single(cloud.Failures), StringComparison.Ordinal);
        Assert.Empty(local.Failures);
    }

    [Theory]
    [InlineData("http://bot.example/telegram/hook")]
    [InlineData("https://bot.example:8080/telegram/hook")]
    [InlineData("http://bot.example:8443/telegram/hook")]
    public void Validate_WebhookUrlTelegramsServersWillNotCall_IsRefusedWithWhatToDo(string url)
    {
        var result = new TelegramValidatorCase(Webhook(url, apiBaseUrl: null));

        var failure = Assert.Single(result.Failures);
        Assert.StartsWith("MusicBot:Telegram:WebhookUrl must be https on port 443, 80, 88 or 8443", failure, StringComparison.Ordinal);
        Assert.Contains($"(it is {new Uri(url).Scheme} on port {new Uri(url).Port})", failure, StringComparison.Ordinal);
        Assert.Contains("local Bot API server", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://bot.example/telegram/hook")]
    [InlineData("https://bot.example:80/telegram/hook")]
    [InlineData("https://bot.example:88/telegram/hook")]
    [InlineData("https://bot.example:8443/telegram/hook")]
    public void Validate_HttpsWebhookUrlOnATelegramPort_IsAccepted(string url)
    {
        Assert.Empty(new TelegramValidatorCase(Webhook(url, apiBaseUrl: null)).Failures);
    }

    [Fact]
    public void Validate_PlainHttpWebhookOnAnyPort_IsAcceptedWithALocalBotApiServer()
    {
        Assert.Empty(new TelegramValidatorCase(Webhook("http://10.0.0.5:5080/telegram/hook", apiBaseUrl: new Uri("http://127.0.0.1:8081"))).Failures);
    }

    [Fact]
    public void Validate_TokenWithMoreDigitsThanTheLibraryAccepts_IsRefused()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = "12345678901234567:AAtoken" });

        Assert.StartsWith("MusicBot:Telegram:BotToken", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    private static TelegramOptions Webhook(string url, Uri? apiBaseUrl)
    {
        var options = new TelegramOptions { BotToken = Token, Mode = TelegramMode.Webhook, WebhookUrl = new Uri(url), WebhookSecret = "s3cr3t_Token-1" };
        options.ApiBaseUrl = apiBaseUrl ?? options.ApiBaseUrl;
        return options;
    }

    private sealed class TelegramValidatorCase(TelegramOptions options)
    {
        public IReadOnlyList<string> Failures { get; } = [.. new TelegramOptionsValidator().Validate(null, options).Failures ?? []];
    }
}
