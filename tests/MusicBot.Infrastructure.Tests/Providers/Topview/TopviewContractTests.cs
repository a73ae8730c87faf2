using System.Text.Json;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Topview;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.Topview;

/// <summary>Every Topview shape the bot reads parses with the fields it uses intact.</summary>
public sealed class TopviewContractTests
{
    private static TopviewJsonContext Json => TopviewJsonContext.Default;

    [Fact]
    public void Submit_Accepted_ReadsTaskIdAndNoticeUuid()
    {
        var envelope = Read(Json.TopviewEnvelopeTopviewSubmitResult, "submit--accepted.json");

        Assert.Equal(("200", "7a6b5c4d3e2f1a0b9c8d7e6", "2b1c0d9e-8f7a-4b6c-9d5e-4f3a2b1c0d9e"), (envelope.Code, envelope.Result!.TaskId, envelope.Result.NoticeUuid));
    }

    [Theory]
    [InlineData("submit--error-4100.json", "4100")]
    [InlineData("business--error-5000.json", "5000")]
    public void BusinessErrors_StringCodeAndNullResult(string file, string code)
    {
        var envelope = Read(Json.TopviewEnvelopeTopviewSubmitResult, file);

        Assert.Equal((code, (TopviewSubmitResult?)null), (envelope.Code, envelope.Result));
    }

    [Theory]
    [InlineData("query--running.json", ProviderStage.Pending)]
    [InlineData("query--success.json", ProviderStage.Complete)]
    [InlineData("query--fail.json", ProviderStage.Failed)]
    public void Query_EachStatus_MapsToItsStage(string file, ProviderStage stage) =>
        Assert.Equal(stage, TopviewMapping.ToProgress(Read(Json.TopviewEnvelopeTopviewQueryResult, file).Result).Stage);

    [Fact]
    public void Query_Success_CostAsStringAndEnhancedStyle_Read()
    {
        var result = Read(Json.TopviewEnvelopeTopviewQueryResult, "query--success.json").Result!;
        var track = Assert.Single(TopviewMapping.ToProgress(result).Tracks);

        Assert.Equal(2.5, result.CostCredit);
        Assert.Equal(("f-101", "https://s3.example.test/f-101.mp3", "lo-fi, dusty vinyl, mellow keys"), (track.ProviderTrackId, track.AudioUrl, track.Style));
    }

    [Theory]
    [InlineData("callback--result-object.json")]
    [InlineData("callback--result-string.json")]
    public void Callback_ResultAsObjectOrString_ReadsTheOutputs(string file)
    {
        var result = TopviewMapping.ResultOf(Read(Json.TopviewCallback, file));

        Assert.Equal(("7a6b5c4d3e2f1a0b9c8d7e6", "success"), (result.TaskId, result.Status));
        Assert.Equal("https://s3.example.test/f-101.mp3", Assert.Single(result.Outputs!).Url);
    }

    [Fact]
    public void CreditDetail_Reads() => Assert.Equal(12.5, Read(Json.TopviewEnvelopeTopviewCreditDetail, "credit-detail.json").Result!.RemainCredit);

    [SharedReferenceFact]
    public void SharedFixtures_EveryFile_ParsesIntoTheClientModels()
    {
        foreach (var path in Fixtures.Shared("topview"))
        {
            var json = File.ReadAllBytes(path);
            switch (Path.GetFileName(path))
            {
                case "callback--docs-template.txt":
                    // A curl template with unquoted placeholders, not JSON; the ack it shows is checked below.
                    Assert.Contains("Topview-Uid", File.ReadAllText(path), StringComparison.Ordinal);
                    break;
                case "callback-ack--response-docs.json":
                    var ack = JsonSerializer.Deserialize(json, Json.TopviewEnvelopeTopviewAckResult)!;
                    Assert.Equal(("200", "Success"), (ack.Code, ack.Message));
                    Assert.Equal(Fixtures.Keys(json), Fixtures.Keys(JsonSerializer.Serialize(ack, Json.TopviewEnvelopeTopviewAckResult)));
                    break;
                case "query--response-success-constructed.json":
                    var progress = TopviewMapping.ToProgress(JsonSerializer.Deserialize(json, Json.TopviewEnvelopeTopviewQueryResult)!.Result);
                    Assert.Equal(ProviderStage.Complete, progress.Stage);
                    Assert.True(Assert.Single(progress.Tracks).HasAudio);
                    break;
                case "submit--request-constructed.json":
                    RequestShape.RoundTrips(json, Json.TopviewSubmitBody);
                    break;
                case "submit--response-constructed.json":
                    Assert.False(string.IsNullOrEmpty(JsonSerializer.Deserialize(json, Json.TopviewEnvelopeTopviewSubmitResult)!.Result!.TaskId));
                    break;
                case var other:
                    Assert.Fail($"{other} is not classified: decide which client model reads it.");
                    break;
            }
        }
    }

    private static T Read<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, string file) =>
        JsonSerializer.Deserialize(Fixtures.Own("topview", file), info) ?? throw new InvalidOperationException($"{file} is empty");
}
