using PaperGraph.Graph;

namespace PaperGraph.Export.Rdf;

/// <summary>
/// The namespaces and terms PaperGraph's RDF uses: schema.org, Dublin Core terms, FaBiO, SKOS, PROV-O, Web
/// Annotation, W3C ML-Schema, XSD, RDF, RDFS and PaperGraph's own ontology (<c>pg:</c>, described in
/// <c>queries/papergraph-ontology.ttl</c>).
/// </summary>
public static class Vocabulary
{
    public const string Pg = "https://papergraph.dev/ontology#";
    public const string Schema = "http://schema.org/";
    public const string Dcterms = "http://purl.org/dc/terms/";
    public const string Fabio = "http://purl.org/spar/fabio/";
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";
    public const string Prov = "http://www.w3.org/ns/prov#";
    public const string Oa = "http://www.w3.org/ns/oa#";
    public const string Mls = "http://www.w3.org/ns/mls#";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";

    /// <summary>The vocabulary prefixes, in the order writers declare them.</summary>
    public static IReadOnlyList<(string Prefix, string Namespace)> Prefixes { get; } =
    [
        ("pg", Pg), ("schema", Schema), ("dcterms", Dcterms), ("fabio", Fabio), ("skos", Skos), ("prov", Prov),
        ("oa", Oa), ("mls", Mls), ("xsd", Xsd), ("rdf", Rdf), ("rdfs", Rdfs),
    ];

    /// <summary>Prefixes for the instance IRIs under a base IRI: one per node label (<c>model:</c> = base + "model/"),
    /// one per fact type (<c>evaluated-on:</c>) and <c>rule:</c>.</summary>
    public static IReadOnlyList<(string Prefix, string Namespace)> InstancePrefixes(string baseIri)
    {
        ArgumentNullException.ThrowIfNull(baseIri);
        var list = new List<(string, string)>();
        foreach (var l in RelTypeNames.AllLabels) list.Add((l.IdPrefix(), baseIri + l.IdPrefix() + "/"));
        foreach (var t in RelTypeNames.AllTypes) list.Add((FactPrefix(t), baseIri + FactPrefix(t) + "/"));
        list.Add(("rule", baseIri + "rule/"));
        return list;
    }

    /// <summary>The first segment of edge ids of a type (<c>evaluated-on</c>), as minted by <see cref="Ids.ForEdge"/>.</summary>
    public static string FactPrefix(RelType type) => type.CypherName().ToLowerInvariant().Replace('_', '-');

    private static Iri P(string local) => new(Pg + local);

    public static readonly Iri RdfType = new(Rdf + "type");
    public static readonly Iri RdfSubject = new(Rdf + "subject");
    public static readonly Iri RdfPredicate = new(Rdf + "predicate");
    public static readonly Iri RdfObject = new(Rdf + "object");
    public static readonly Iri RdfsLabel = new(Rdfs + "label");
    public static readonly Iri RdfsComment = new(Rdfs + "comment");

    public static readonly Iri XsdDecimal = new(Xsd + "decimal");
    public static readonly Iri XsdInteger = new(Xsd + "integer");
    public static readonly Iri XsdDate = new(Xsd + "date");

    public static readonly Iri DcIdentifier = new(Dcterms + "identifier");
    public static readonly Iri DcTitle = new(Dcterms + "title");
    public static readonly Iri DcAbstract = new(Dcterms + "abstract");
    public static readonly Iri DcCreated = new(Dcterms + "created");
    public static readonly Iri DcModified = new(Dcterms + "modified");
    public static readonly Iri DcIssued = new(Dcterms + "issued");
    public static readonly Iri FabioArxivId = new(Fabio + "hasArXivID");
    public static readonly Iri SchemaArticle = new(Schema + "ScholarlyArticle");
    public static readonly Iri SchemaDataset = new(Schema + "Dataset");

    public static readonly Iri SkosPrefLabel = new(Skos + "prefLabel");
    public static readonly Iri SkosAltLabel = new(Skos + "altLabel");
    public static readonly Iri SkosBroader = new(Skos + "broader");

    public static readonly Iri ProvDerivedFrom = new(Prov + "wasDerivedFrom");
    public static readonly Iri ProvGeneratedBy = new(Prov + "wasGeneratedBy");
    public static readonly Iri OaQuoteSelector = new(Oa + "TextQuoteSelector");
    public static readonly Iri OaExact = new(Oa + "exact");

    public static readonly Iri MlsModel = new(Mls + "Model");
    public static readonly Iri MlsAlgorithm = new(Mls + "Algorithm");
    public static readonly Iri MlsDataset = new(Mls + "Dataset");
    public static readonly Iri MlsEvaluationMeasure = new(Mls + "EvaluationMeasure");
    public static readonly Iri MlsModelEvaluation = new(Mls + "ModelEvaluation");
    public static readonly Iri MlsHasValue = new(Mls + "hasValue");
    public static readonly Iri MlsSpecifiedBy = new(Mls + "specifiedBy");

    // PaperGraph's own terms (queries/papergraph-ontology.ttl).
    public static readonly Iri PgFact = P("Fact");
    public static readonly Iri PgRule = P("Rule");
    public static readonly Iri PgNameKey = P("nameKey");
    public static readonly Iri PgProposes = P("proposes");
    public static readonly Iri PgEvaluatedOn = P("evaluatedOn");
    public static readonly Iri PgBasedOn = P("basedOn");
    public static readonly Iri PgMentions = P("mentions");
    public static readonly Iri PgUsedAsToolIn = P("usedAsToolIn");
    public static readonly Iri PgConfidence = P("confidence");
    public static readonly Iri PgEvidence = P("evidence");
    public static readonly Iri PgStart = P("start");
    public static readonly Iri PgLength = P("length");
    public static readonly Iri PgMetricName = P("metricName");
    public static readonly Iri PgUnit = P("unit");
    public static readonly Iri PgSurfaceForm = P("surfaceForm");
    public static readonly Iri PgArxivComment = P("arxivComment");
    public static readonly Iri PgAuthorName = P("authorName");
    public static readonly Iri PgAuthorCount = P("authorCount");
    public static readonly Iri PgArxivCategory = P("arxivCategory");
    public static readonly Iri PgOrganisation = P("organisation");
    public static readonly Iri PgUpvotes = P("upvotes");
    public static readonly Iri PgSourceRecord = P("sourceRecord");

    /// <summary>The pg: class of a node label (<c>pg:Model</c>).</summary>
    public static Iri ClassOf(NodeLabel label) => P(label.CypherName());

    /// <summary>The standard class each label is also typed with, so tools that know only the standard
    /// vocabularies (and no reasoner) still see what a node is.</summary>
    public static Iri StandardClassOf(NodeLabel label) => label switch
    {
        NodeLabel.Paper => SchemaArticle,
        NodeLabel.Model => MlsModel,
        NodeLabel.Method => MlsAlgorithm,
        NodeLabel.Benchmark => MlsDataset,
        NodeLabel.Dataset => MlsDataset,
        NodeLabel.Metric => MlsEvaluationMeasure,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, null),
    };

    /// <summary>The predicate of the direct triple of an edge type. VARIANT_OF is <c>skos:broader</c>.</summary>
    public static Iri PredicateOf(RelType type) => type switch
    {
        RelType.Proposes => PgProposes,
        RelType.EvaluatedOn => PgEvaluatedOn,
        RelType.BasedOn => PgBasedOn,
        RelType.VariantOf => SkosBroader,
        RelType.Mentions => PgMentions,
        RelType.UsedAsTool => PgUsedAsToolIn,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
