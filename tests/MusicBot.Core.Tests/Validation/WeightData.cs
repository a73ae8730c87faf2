using MusicBot.Core.Songs;

namespace MusicBot.Core.Tests.Validation;

/// <summary>The 0..1-in-steps-of-0.01 table shared by sunoapi and musicapi.</summary>
public static class WeightData
{
    private static readonly DraftField[] Weights =
        [DraftField.StyleWeight, DraftField.Weirdness, DraftField.AudioWeight];

    public static TheoryData<DraftField, decimal> Valid => For(0m, 1m, 0.01m, 0.65m, 0.99m, 1.00m);

    /// <summary>Each bad value with the value the fix should suggest instead.</summary>
    public static TheoryData<DraftField, decimal, string> Invalid
    {
        get
        {
            var data = new TheoryData<DraftField, decimal, string>();
            foreach (var weight in Weights)
            {
                data.Add(weight, -0.01m, "0");
                data.Add(weight, 1.01m, "1");
                data.Add(weight, 0.005m, "0.01");
                data.Add(weight, 1.5m, "1");
                data.Add(weight, 0.123m, "0.12");
            }

            return data;
        }
    }

    private static TheoryData<DraftField, decimal> For(params decimal[] values)
    {
        var data = new TheoryData<DraftField, decimal>();
        foreach (var field in Weights)
        {
            foreach (var value in values)
            {
                data.Add(field, value);
            }
        }

        return data;
    }
}
