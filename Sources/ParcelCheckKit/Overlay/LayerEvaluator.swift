import Foundation
import GeoCore
import Synchronization

/// The per-layer half of a check: reads every catalog layer around one subject and measures it with
/// `OverlayMeasure`, spread over threads by source.
///
/// Layers are grouped by the dataset that serves them (`ThemeLoader.datasetKey`: one file, one database
/// connection, one web service). A thread takes the next group and reads its layers in catalog order with one
/// open dataset, so a GeoPackage is opened once, not once per thread: opening it costs more than reading one
/// parcel's surroundings from it. Distinct sources run in parallel, so one slow source (a remote service) does
/// not hold up the rest. Each thread has its own GEOS context, PROJ transformers and GDAL datasets (nothing
/// native is shared) and makes the subject's GEOS handle once. When one thread is enough (one source, or
/// `jobs` = 1), the layers are read on the calling thread with the checker's own loader and the subject handle
/// it already has, so the subject is not converted again.
struct LayerEvaluator: Sendable {
    /// The catalog's theme layers, in catalog order.
    let layers: [Catalog.ThemeLayer]
    let defaults: Catalog.Thresholds
    let workingCRS: CoordinateReferenceSystem
    let jobs: Int

    /// What one layer contributes to a report.
    struct Outcome: Sendable {
        var result: LayerResult
        var source: SourceInfo
        var theme: LoadedTheme?
        var notes: [String]
    }

    /// The subject as each thread measures it: its handle in that thread's context and the prepared form.
    struct Subject {
        var handle: GeometryHandle
        var prepared: PreparedGeometry?
    }

    /// Reads and measures every layer against `subject` (working CRS, valid, with area `area`).
    /// - Parameter inline: the calling thread's loader and the subject's handle in its context, used when the
    ///   layers are read on the calling thread.
    func evaluate(
        subject: Geometry, area: Double, inline: (loader: ThemeLoader, subject: GeometryHandle)?
    ) -> [Outcome] {
        let groups = Self.sourceGroups(layers)
        let workers = max(1, min(jobs, groups.count))
        let envelope = subject.envelope
        /// The outcomes of the layers `indices`, read and measured with `loader` in that order.
        @Sendable func evaluate(_ indices: [Int], with loader: ThemeLoader, handle: GeometryHandle?) -> [Outcome] {
            let measured = handle.map { Subject(handle: $0, prepared: try? $0.prepared()) }
            return indices.map { i in
                evaluateLayer(layers[i], loader: loader, subject: measured, area: area, envelope: envelope)
            }
        }
        if workers == 1 {
            if let inline { return evaluate(Array(layers.indices), with: inline.loader, handle: inline.subject) }
            let loader = ThemeLoader(workingCRS: workingCRS)
            return evaluate(Array(layers.indices), with: loader, handle: try? loader.context.handle(subject))
        }
        let slots = Mutex([Outcome?](repeating: nil, count: layers.count))
        let next = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let loader = ThemeLoader(workingCRS: workingCRS)
            let handle = try? loader.context.handle(subject)
            while true {
                let g = next.withLock { value in
                    defer { value += 1 }
                    return value
                }
                guard g < groups.count else { break }
                let outcomes = evaluate(groups[g], with: loader, handle: handle)
                slots.withLock { slots in
                    for (i, outcome) in zip(groups[g], outcomes) { slots[i] = outcome }
                }
            }
        }
        return slots.withLock { $0.compactMap { $0 } }
    }

    /// Indices of `layers` grouped by the dataset that serves them, groups in order of first appearance.
    static func sourceGroups(_ layers: [Catalog.ThemeLayer]) -> [[Int]] {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (i, layer) in layers.enumerated() {
            let key = ThemeLoader.datasetKey(layer.location)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(i)
        }
        return order.map { members[$0]! }
    }

    /// Reads one layer around the subject and measures it; a layer that cannot be read is reported as
    /// unavailable — never as "not affected".
    func evaluateLayer(
        _ layer: Catalog.ThemeLayer, loader: ThemeLoader, subject: Subject?, area: Double, envelope: Envelope?
    ) -> Outcome {
        do {
            guard let subject else { throw CheckError.invalidInput("the subject geometry could not be built") }
            let reading = try loader.read(layer, area: envelope)
            var (result, notes) = try Self.measure(reading, subject: subject, area: area, defaults: defaults)
            if layer.restricted { result.restricted = true }
            return Outcome(
                result: result, source: reading.theme.source, theme: reading.theme, notes: reading.theme.notes + notes)
        } catch {
            let message = VectorSourceLocation.redacting("\(error)")
            return Outcome(
                result: LayerResult(
                    layer: layer.name, theme: layer.theme, status: .unavailable, affected: nil, contact: nil,
                    overlapAreaM2: nil, overlapPercent: nil, bufferM: layer.bufferM, features: [], error: message,
                    restricted: layer.restricted ? true : nil),
                source: SourceInfo(
                    layer: layer.name, path: VectorSourceLocation.redacting(layer.source), crs: nil, featureCount: nil,
                    modified: nil, error: message),
                theme: nil, notes: [])
        }
    }

    /// The layer's result: `OverlayMeasure` on the handles made when the features were read, and per feature in
    /// contact its label, areas and the catalog's attributes; plus notes.
    ///
    /// A development-plan layer (`LoadedTheme.planFields`) is measured with the features of binding plans only,
    /// and gets `plans`: per plan in contact its Geltungsbereich share and objects (`PlanResult`). A plan no
    /// longer in force that lies on the subject is listed in `plans` with `binding` false and gets a note with
    /// its date; it does not make the layer affected.
    static func measure(
        _ reading: ThemeReading, subject: Subject, area: Double, defaults: Catalog.Thresholds
    ) throws(GEOSError) -> (LayerResult, notes: [String]) {
        let loaded = reading.theme
        let layer = loaded.config
        let thresholds = layer.thresholds(defaults: defaults)
        let planFields = loaded.planFields
        // Which features count: all, or for a plan layer those of binding plans.
        let counted = planFields.map { fields in loaded.features.indices.filter { fields.binds(loaded.features[$0]) } }
            ?? Array(loaded.features.indices)
        func measure(_ indices: [Int]) throws(GEOSError) -> OverlayMeasure.Result {
            var result = try OverlayMeasure.measure(
                subject: subject.handle, subjectArea: area, subjectPrepared: subject.prepared,
                candidates: indices.map { reading.handles[$0] }, thresholds: thresholds)
            for h in result.hits.indices { result.hits[h].index = indices[result.hits[h].index] }
            return result
        }
        let result = try measure(counted)
        let features = result.hits.map { hit -> FeatureResult in
            let f = loaded.features[hit.index]
            let wanted = layer.attributes.isEmpty ? f.fieldOrder : layer.attributes
            var attributes: [String: AttributeValue] = [:]
            for name in wanted { attributes[name] = loaded.value(name, of: f) ?? .null }
            return FeatureResult(
                fid: f.fid, label: loaded.label(of: f), contact: hit.contact,
                overlapAreaM2: hit.area, overlapPercent: hit.area / area * 100, attributes: attributes,
                attributeOrder: wanted)
        }
        var plans: [PlanResult]?
        var notes: [String] = []
        if let planFields {
            func plansOf(_ hits: [OverlayMeasure.Hit]) throws(GEOSError) -> [PlanResult] {
                try PlanResult.plans(
                    hits: hits, features: loaded.features, handles: reading.handles, fields: planFields,
                    subject: subject.handle, area: area, thresholds: thresholds)
            }
            let countedSet = Set(counted)
            let others = loaded.features.indices.filter { !countedSet.contains($0) }
            let lapsed = others.isEmpty ? [] : try plansOf(try measure(others).hits)
            plans = try plansOf(result.hits) + lapsed
            for plan in lapsed {
                let share = plan.geltungsbereichPercent ?? plan.objects.map(\.percent).max() ?? 0
                notes.append(
                    "\(layer.name): \(plan.title) is no longer in force (\(PlanResult.stateText(plan.asPlan))) and lies "
                        + "on \(PlanResult.percentText(share)) % of the area; not counted as affecting it")
            }
        }
        let layerResult = LayerResult(
            layer: layer.name, theme: layer.theme, status: .ok, affected: result.layerArea > 0,
            contact: result.contact, overlapAreaM2: result.layerArea, overlapPercent: result.layerArea / area * 100,
            bufferM: layer.bufferM, features: features, error: nil, plans: plans)
        return (layerResult, notes)
    }
}
