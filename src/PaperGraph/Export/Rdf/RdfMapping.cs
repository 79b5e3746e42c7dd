using System.Globalization;
using PaperGraph.Graph;
using PaperGraph.Resolution;
using static PaperGraph.Export.Rdf.Vocabulary;

namespace PaperGraph.Export.Rdf;

/// <summary>
/// Maps the graph to RDF, one subject block at a time, for streaming writers (created per replay; not thread-safe).
/// <list type="bullet">
/// <item>A node is <c>base + id</c>, typed with its pg: class and a standard class, with <c>dcterms:identifier</c>
/// (the node id), <c>rdfs:label</c>, for entities <c>skos:prefLabel</c>/<c>skos:altLabel</c> and <c>pg:nameKey</c>, and the
/// paper's bibliographic properties; its block also holds one direct triple per distinct outgoing edge
/// (<c>pg:evaluatedOn</c>, <c>skos:broader</c> for VARIANT_OF, …).</item>
/// <item>Every edge is also a reified fact named by the edge id (<c>pg:Fact</c>, <c>rdf:subject/predicate/object</c>)
/// with its provenance: <c>prov:wasDerivedFrom</c> the paper, <c>prov:wasGeneratedBy</c> the rule (a <c>pg:Rule</c>),
/// <c>pg:confidence</c>, and <c>pg:evidence</c> → an <c>oa:TextQuoteSelector</c> (<c>oa:exact</c> sentence,
/// <c>pg:start</c>, <c>pg:length</c>) named <c>fact IRI + "-quote"</c>. An EVALUATED_ON fact is also an
/// <c>mls:ModelEvaluation</c> with <c>mls:hasValue</c> (xsd:decimal), <c>pg:unit</c>, <c>pg:metricName</c> and
/// <c>mls:specifiedBy</c> the metric node.</item>
/// <item>A rule, and a metric named by a result but absent from the graph, get their own block the first time
/// they are used.</item>
/// </list>
/// </summary>
public sealed class RdfMapping
{
    /// <summary>Rule of the facts that carry no evidence (derived from names alone, such as VARIANT_OF).</summary>
    public static string DerivedRule(RelType type) => "derived." + FactPrefix(type);

    /// <summary>English: the language of titles and abstracts.</summary>
    public const string TextLanguage = "en";

    private readonly KnowledgeGraph _graph;
    private readonly ILookup<string, Edge> _out;
    private readonly HashSet<string> _rulesWritten = new(StringComparer.Ordinal);
    private readonly HashSet<string> _metricsWritten = new(StringComparer.Ordinal);

    public RdfMapping(GraphContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _graph = context.Graph;
        BaseIri = context.BaseIri;
        IriText.Check(BaseIri);
        _out = _graph.Edges.ToLookup(e => e.From, StringComparer.Ordinal);
        Prefixes = [.. Vocabulary.Prefixes, .. InstancePrefixes(BaseIri)];
    }

    public string BaseIri { get; }

    /// <summary>Every prefix a writer declares: the vocabularies, then the instance namespaces under the base IRI.</summary>
    public IReadOnlyList<(string Prefix, string Namespace)> Prefixes { get; }

    /// <summary>The IRI of a node or fact id.</summary>
    public Iri IriOf(string id) => new(BaseIri + id);

    /// <summary>The blocks of a node: its own block (properties and direct triples of its outgoing edges).</summary>
    public IReadOnlyList<SubjectBlock> Node(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var s = new List<PredicateObject>(16)
        {
            new(RdfType, ClassOf(node.Label)),
            new(RdfType, StandardClassOf(node.Label)),
            new(DcIdentifier, Literal.String(node.Id)),
            new(RdfsLabel, Literal.String(node.Name)),
        };
        if (node.Label != NodeLabel.Paper)
        {
            s.Add(new(SkosPrefLabel, Literal.String(node.Name)));
            foreach (var a in node.Aliases) s.Add(new(SkosAltLabel, Literal.String(a)));
            foreach (var key in NameKeys(node.Name, node.Aliases)) s.Add(new(PgNameKey, Literal.String(key)));
        }
        if (node.Paper is { } p) AddPaper(s, p);
        var seen = new HashSet<(Iri, string)>();
        var direct = new List<PredicateObject>();
        foreach (var e in _out[node.Id])
        {
            var pred = PredicateOf(e.Type);
            if (seen.Add((pred, e.To))) direct.Add(new(pred, IriOf(e.To)));
        }
        direct.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.Predicate.Value, b.Predicate.Value);
            return c != 0 ? c : string.CompareOrdinal(((Iri)a.Object).Value, ((Iri)b.Object).Value);
        });
        s.AddRange(direct);
        return [new SubjectBlock(IriOf(node.Id), Distinct(s))];
    }

    /// <summary>The blocks of an edge: the reified fact, its quote, and the rule and metric the first time they appear.</summary>
    public IReadOnlyList<SubjectBlock> Edge(Edge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        var blocks = new List<SubjectBlock>(4);
        var fact = IriOf(edge.Id);
        var s = new List<PredicateObject>(16) { new(RdfType, PgFact) };
        if (edge.Type == RelType.EvaluatedOn) s.Add(new(RdfType, MlsModelEvaluation));
        s.Add(new(DcIdentifier, Literal.String(edge.Id)));
        s.Add(new(RdfSubject, IriOf(edge.From)));
        s.Add(new(RdfPredicate, PredicateOf(edge.Type)));
        s.Add(new(RdfObject, IriOf(edge.To)));
        SubjectBlock? metricBlock = null;
        if (edge.Value is { } v) s.Add(new(MlsHasValue, Decimal(v)));
        if (edge.Unit is { } unit) s.Add(new(PgUnit, Literal.String(unit)));
        if (edge.Metric is { } metric)
        {
            s.Add(new(PgMetricName, Literal.String(metric)));
            var metricId = Ids.ForEntity(NodeLabel.Metric, metric);
            s.Add(new(MlsSpecifiedBy, IriOf(metricId)));
            if (!_graph.TryGetNode(metricId, out _) && _metricsWritten.Add(metricId)) metricBlock = MetricBlock(metricId, metric);
        }
        foreach (var surface in edge.Surfaces.IsDefault ? [] : edge.Surfaces) s.Add(new(PgSurfaceForm, Literal.String(surface)));
        var rule = edge.Evidence?.Rule ?? DerivedRule(edge.Type);
        var ruleId = "rule/" + Ids.Slug(rule);
        if (edge.Evidence is { } ev)
        {
            s.Add(new(ProvDerivedFrom, IriOf(ev.PaperId)));
            s.Add(new(ProvGeneratedBy, IriOf(ruleId)));
            if (double.IsFinite(ev.Confidence)) s.Add(new(PgConfidence, Decimal((decimal)Math.Round(ev.Confidence, 4))));
            var quote = IriOf(edge.Id + "-quote");
            s.Add(new(PgEvidence, quote));
            blocks.Add(new SubjectBlock(fact, Distinct(s)));
            blocks.Add(new SubjectBlock(quote,
            [
                new(RdfType, OaQuoteSelector),
                new(OaExact, Literal.String(ev.Sentence)),
                new(PgStart, Integer(ev.Start)),
                new(PgLength, Integer(ev.Length)),
            ]));
        }
        else
        {
            s.Add(new(ProvGeneratedBy, IriOf(ruleId)));
            blocks.Add(new SubjectBlock(fact, Distinct(s)));
        }
        if (_rulesWritten.Add(ruleId))
        {
            blocks.Add(new SubjectBlock(IriOf(ruleId),
            [
                new(RdfType, PgRule),
                new(DcIdentifier, Literal.String(ruleId)),
                new(RdfsLabel, Literal.String(rule)),
            ]));
        }
        if (metricBlock is not null) blocks.Add(metricBlock);
        return blocks;
    }

    /// <summary>The shortest invariant decimal lexical form (51.06, 73, 0.5), typed xsd:decimal.</summary>
    public static Literal Decimal(decimal value) =>
        Literal.Typed(value.ToString("0.############################", CultureInfo.InvariantCulture), XsdDecimal);

    public static Literal Integer(long value) => Literal.Typed(value.ToString(CultureInfo.InvariantCulture), XsdInteger);

    public static Literal Date(DateOnly value) => Literal.Typed(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), XsdDate);

    /// <summary>Drops repeated statements (an author listed twice), keeping the first: RDF graphs are sets, and
    /// every syntax must hold the same number of triples.</summary>
    private static List<PredicateObject> Distinct(List<PredicateObject> statements)
    {
        var seen = new HashSet<PredicateObject>(statements.Count);
        return statements.Where(seen.Add).ToList();
    }

    private SubjectBlock MetricBlock(string id, string name) => new(IriOf(id),
    [
        new(RdfType, ClassOf(NodeLabel.Metric)),
        new(RdfType, StandardClassOf(NodeLabel.Metric)),
        new(DcIdentifier, Literal.String(id)),
        new(RdfsLabel, Literal.String(name)),
        new(SkosPrefLabel, Literal.String(name)),
        .. NameKeys(name, []).Select(k => new PredicateObject(PgNameKey, Literal.String(k))),
    ]);

    private static IEnumerable<string> NameKeys(string name, IEnumerable<string> aliases) =>
        aliases.Prepend(name).Select(NameKey.Of).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static void AddPaper(List<PredicateObject> s, PaperInfo p)
    {
        if (p.Title is { } title) s.Add(new(DcTitle, Literal.Lang(title, TextLanguage)));
        s.Add(new(DcAbstract, Literal.Lang(p.Abstract, TextLanguage)));
        if (p.ArxivId is { } arxiv) s.Add(new(FabioArxivId, Literal.String(arxiv)));
        if (p.Created is { } created) s.Add(new(DcCreated, Date(created)));
        if (p.Updated is { } updated) s.Add(new(DcModified, Date(updated)));
        if (p.Published is { } published) s.Add(new(DcIssued, Date(published)));
        if (p.Comment is { } comment) s.Add(new(PgArxivComment, Literal.String(comment)));
        if (p.AuthorCount is { } ac) s.Add(new(PgAuthorCount, Integer(ac)));
        foreach (var a in p.Authors.IsDefault ? [] : p.Authors) s.Add(new(PgAuthorName, Literal.String(a)));
        foreach (var c in p.Categories.IsDefault ? [] : p.Categories) s.Add(new(PgArxivCategory, Literal.String(c)));
        if (p.Organisation is { } org) s.Add(new(PgOrganisation, Literal.String(org)));
        if (p.Upvotes is { } up) s.Add(new(PgUpvotes, Integer(up)));
        foreach (var src in p.Sources.IsDefault ? [] : p.Sources) s.Add(new(PgSourceRecord, Literal.String(src.ToString())));
    }
}
