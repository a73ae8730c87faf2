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
}
