using System.Reflection;
using MusicBot.Core.Chat;
using MusicBot.Core.Drafts;
using MusicBot.Core.Failures;
using MusicBot.Core.Generation;
using MusicBot.Core.Operations;
using MusicBot.Core.Songs;
using MusicBot.Core.Validation;
using MusicBot.Localization;
using MusicBot.Messages;

namespace MusicBot.Messages.Tests;

/// <summary>
/// Every code Core can return has words, in every language and every platform syntax: each record of each closed
/// hierarchy is built with sample data and rendered, and no template key or placeholder may show through.
/// </summary>
public sealed class EveryCodeTests
{
    private static readonly IPlatformSyntax[] Syntaxes = [TextCommandSyntax.Instance, new SampleSyntax()];

    public static TheoryData<Type> Failures => Cases<TaskFailure>();

    public static TheoryData<Type> Refusals => Cases<Refusal>();

    public static TheoryData<Type> Problems => Cases<UsageProblem>();

    public static TheoryData<Type> FieldRefusals => Cases<FieldRefusal>();

    public static TheoryData<Type> Rules => Cases<ViolationRule>();

    public static TheoryData<Type> Notes => Cases<DraftNote>();

    [Theory]
    [MemberData(nameof(Failures))]
    public void Failure_EveryCode_IsWorded(Type type) => AssertWorded(type, (words, sample) => words.Failure((TaskFailure)sample));

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Refusal_EveryKind_IsWordedAndSaysNothingWasCharged(Type type) =>
        AssertWorded(type, (words, sample) =>
        {
            var text = words.Refused((Refusal)sample);
            Assert.EndsWith(words.NothingCharged, text, StringComparison.Ordinal);
            return text;
        });

    [Theory]
    [MemberData(nameof(Problems))]
    public void UsageProblem_EveryKind_IsWorded(Type type) => AssertWorded(type, (words, sample) => words.Problem((UsageProblem)sample));

    [Theory]
    [MemberData(nameof(FieldRefusals))]
    public void FieldRefusal_EveryKind_IsWorded(Type type) => AssertWorded(type, (words, sample) => words.Refused((FieldRefusal)sample));

    [Theory]
    [MemberData(nameof(Rules))]
    public void Violation_EveryRule_IsWordedWithItsFix(Type type) =>
        AssertWorded(type, (words, sample) => words.Violation(new Violation(DraftField.Style, (ViolationRule)sample)));

    [Theory]
    [MemberData(nameof(Notes))]
    public void Note_EveryKind_IsWorded(Type type) => AssertWorded(type, (words, sample) => words.Note((DraftNote)sample));

    [Fact]
    public void StatesOperationsAndFields_All_AreWorded()
    {
        foreach (var language in Languages.Supported)
        {
            var words = new Phrases(MessageCatalog.For(language), TextCommandSyntax.Instance);
            var texts = Enum.GetValues<TaskState>().Select(words.State)
                .Concat(Enum.GetValues<OperationKind>().SelectMany(k => new[] { words.Noun(k), words.Verb(k), words.Activity(k), words.Result(k) }))
                .Concat(Enum.GetValues<DraftField>().Select(words.Field))
                .Concat(new long[] { 0, 1, 2, 5, 22, 1_000_000 }.SelectMany(n => new[] { words.Credits(n), words.Characters(n) }));

            Assert.All(texts, AssertNoKeyShows);
        }
    }

    [Fact]
    public void Failure_EveryStoredCode_HasARecord() =>
        Assert.Equal(Cases<TaskFailure>().Count, TaskFailure.AllCodes.Count);

    private static void AssertWorded(Type type, Func<Phrases, object, string> render)
    {
        foreach (var language in Languages.Supported)
        {
            foreach (var syntax in Syntaxes)
            {
                foreach (var sample in Samples(type))
                {
                    AssertNoKeyShows(render(new Phrases(MessageCatalog.For(language), syntax), sample));
                }
            }
        }
    }

    private static void AssertNoKeyShows(string text)
    {
        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"^[a-z-]+(\.[a-z-]+)+$", text);
    }

    private static TheoryData<Type> Cases<TBase>()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(TBase).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(TBase)) && !t.IsAbstract))
        {
            data.Add(type);
        }

        return data;
    }

    /// <summary>The record built from its widest constructor, once with every enum value its parameters allow.</summary>
    private static IEnumerable<object> Samples(Type type)
    {
        var constructor = type.GetConstructors().MaxBy(c => c.GetParameters().Length)!;
        var parameters = constructor.GetParameters();
        var enumParameter = parameters.FirstOrDefault(p => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType).IsEnum);
        var variants = enumParameter is null
            ? [null]
            : Enum.GetValues(Nullable.GetUnderlyingType(enumParameter.ParameterType) ?? enumParameter.ParameterType).Cast<object?>().ToArray();
        foreach (var variant in variants)
        {
            foreach (var flag in new[] { false, true })
            {
                yield return constructor.Invoke([.. parameters.Select(p => p == enumParameter ? variant : SampleOf(p, flag))]);
            }
        }
    }

    private static object? SampleOf(ParameterInfo parameter, bool flag)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type switch
        {
            _ when type == typeof(string) => parameter.Name == "Provider" ? "sunoapi" : "sample",
            _ when type == typeof(int) || type == typeof(long) => Convert.ChangeType(7, type, null),
            _ when type == typeof(double) => 61.5,
            _ when type == typeof(decimal) => 0.5m,
            _ when type == typeof(bool) => flag,
            _ when type == typeof(IReadOnlyList<string>) => flag ? new[] { "V4_5" } : new[] { "V4_5", "V5" },
            _ when type == typeof(IReadOnlyList<DraftField>) => flag ? new[] { DraftField.Weirdness } : new[] { DraftField.Weirdness, DraftField.NegativeTags },
            _ when type == typeof(IReadOnlyList<ModelAllowance>) => flag ? Array.Empty<ModelAllowance>() : new[] { new ModelAllowance(5000, ["V4_5"]) },
            _ when type == typeof(RuleContext) => new RuleContext("sunoapi", flag ? RuleScope.Model : RuleScope.DescriptionMode, "V4", flag ? 200 : null),
            _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
            _ => throw new InvalidOperationException($"No sample for {parameter.Name} ({type.Name})."),
        };
    }

    /// <summary>A second syntax, so no phrase depends on the text grammar's spelling.</summary>
    private sealed class SampleSyntax : IPlatformSyntax
    {
        public string SetField(DraftField field) => $"/music draft set {field}:";

        public string SetTo(DraftField field, string value) => $"/music draft set {field}:{value}";

        public string ChooseLanguage(string code) => $"/music language code:{code}";
    }
}
