{{/*
The resources every service has: a Deployment, a PodDisruptionBudget and a NetworkPolicy,
plus a KEDA ScaledObject for the Kafka workers. Each takes the service context
`dict "root" $ "name" "<service>" "values" .Values.<service>` and, for the Deployment,
optional rendered YAML under "env", "initContainers", "volumeMounts", "volumes" and
"lifecycle".
*/}}

{{- define "medstream.deployment" -}}
{{- $root := .root -}}
{{- $v := .values -}}
{{- $fullname := include "medstream.fullname" $root -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $fullname }}-{{ .name }}
  labels:
    {{- include "medstream.labels" . | nindent 4 }}
spec:
  {{- if not $v.autoscaling.enabled }}
  replicas: {{ $v.replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "medstream.selectorLabels" . | nindent 6 }}
  strategy:
    # Surge first: capacity never drops during a rollout, and a new version that never gets
    # ready stops the rollout with the old pods still serving.
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 0
  template:
    metadata:
      labels:
        {{- include "medstream.labels" . | nindent 8 }}
      annotations:
        checksum/config: {{ include (print $root.Template.BasePath "/configmap.yaml") $root | sha256sum }}
        prometheus.io/scrape: "true"
        prometheus.io/port: {{ $v.port | quote }}
        prometheus.io/path: /metrics
    spec:
      serviceAccountName: {{ $fullname }}
      automountServiceAccountToken: false
      enableServiceLinks: false
      terminationGracePeriodSeconds: {{ include "medstream.terminationGracePeriodSeconds" $root }}
      securityContext:
        runAsNonRoot: true
        runAsUser: {{ $root.Values.runAsUser }}
        runAsGroup: {{ $root.Values.runAsUser }}
        fsGroup: {{ $root.Values.runAsUser }}
        seccompProfile:
          type: RuntimeDefault
      {{- with $root.Values.image.pullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "medstream.selectorLabels" . | nindent 14 }}
      {{- with .initContainers }}
      initContainers:
        {{- . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ .name }}
          image: {{ include "medstream.image" . }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ $v.port }}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ $fullname }}-config
          env:
            - name: MEDSTREAM_HTTP_PORT
              value: {{ $v.port | quote }}
            {{- $secret := include "medstream.secretName" $root }}
            {{- include "medstream.secretEnv" (list "MEDSTREAM_MONGO_URL" $secret "mongo-url" false) | nindent 12 }}
            {{- include "medstream.secretEnv" (list "MEDSTREAM_REDIS_URL" $secret "redis-url" false) | nindent 12 }}
            {{- with .env }}
            {{- . | nindent 12 }}
            {{- end }}
            {{- range $key, $value := $v.env }}
            - name: {{ $key }}
              value: {{ $value | quote }}
            {{- end }}
          # Startup covers slow first starts (indexes, topics where the services create them);
          # after it, liveness restarts a wedged process and readiness holds traffic and
          # rollouts while a dependency (Kafka, MongoDB, Redis) is unreachable.
          startupProbe:
            httpGet:
              path: /health/live
              port: http
            periodSeconds: 2
            failureThreshold: 30
          livenessProbe:
            httpGet:
              path: /health/live
              port: http
            periodSeconds: 10
            timeoutSeconds: 3
            failureThreshold: 3
          readinessProbe:
            httpGet:
              path: /health/ready
              port: http
            periodSeconds: 5
            timeoutSeconds: 3
            failureThreshold: 3
          {{- with .lifecycle }}
          lifecycle:
            {{- . | nindent 12 }}
          {{- end }}
          resources:
            {{- toYaml $v.resources | nindent 12 }}
          securityContext:
            {{- include "medstream.containerSecurityContext" . | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            {{- with .volumeMounts }}
            {{- . | nindent 12 }}
            {{- end }}
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: 64Mi
        {{- with .volumes }}
        {{- . | nindent 8 }}
        {{- end }}
{{- end -}}

{{- define "medstream.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: [ALL]
{{- end -}}

{{- define "medstream.podDisruptionBudget" -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "medstream.fullname" .root }}-{{ .name }}
  labels:
    {{- include "medstream.labels" . | nindent 4 }}
spec:
  {{- toYaml .values.podDisruptionBudget | nindent 2 }}
  selector:
    matchLabels:
      {{- include "medstream.selectorLabels" . | nindent 6 }}
{{- end -}}

{{/*
Ingress to a service's one port: "rules" is a list of `dict "from" <peers>`, each rule
admitting its peers (an empty list admits any source); no rules admit nobody.
*/}}
{{- define "medstream.networkPolicy" -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "medstream.fullname" .root }}-{{ .name }}
  labels:
    {{- include "medstream.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "medstream.selectorLabels" . | nindent 6 }}
  policyTypes: [Ingress]
  {{- if .rules }}
  ingress:
    {{- range .rules }}
    - ports:
        - port: http
          protocol: TCP
      {{- with .from }}
      from:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- end }}
  {{- else }}
  ingress: []
  {{- end }}
{{- end -}}

{{/* A Kafka worker scales on the lag of its consumer group on the topic it consumes. */}}
{{- define "medstream.scaledObject" -}}
{{- $root := .root -}}
{{- $scaling := .values.autoscaling -}}
{{- $kafka := $root.Values.kafka -}}
{{- if gt (int $scaling.maxReplicas) (int $kafka.topics.partitions) -}}
{{- fail (printf "%s.autoscaling.maxReplicas (%v) exceeds kafka.topics.partitions (%v): the extra consumers would idle" .name $scaling.maxReplicas $kafka.topics.partitions) -}}
{{- end -}}
{{- $fullname := include "medstream.fullname" $root -}}
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: {{ $fullname }}-{{ .name }}
  labels:
    {{- include "medstream.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ $fullname }}-{{ .name }}
  pollingInterval: {{ $scaling.pollingInterval }}
  cooldownPeriod: {{ $scaling.cooldownPeriod }}
  minReplicaCount: {{ $scaling.minReplicas }}
  maxReplicaCount: {{ $scaling.maxReplicas }}
  advanced:
    horizontalPodAutoscalerConfig:
      behavior:
        # Every scale-down rebalances the consumer group: one pod a minute at most.
        scaleDown:
          stabilizationWindowSeconds: 120
          policies:
            - type: Pods
              value: 1
              periodSeconds: 60
  triggers:
    - type: kafka
      metadata:
        bootstrapServers: {{ $kafka.bootstrap | quote }}
        consumerGroup: {{ printf "%s%s" $kafka.topicPrefix .name | quote }}
        topic: {{ printf "%s%s" $kafka.topicPrefix (include "medstream.consumedTopic" .name) | quote }}
        lagThreshold: {{ $scaling.lagThreshold | quote }}
        activationLagThreshold: {{ $scaling.activationLagThreshold | quote }}
        # What the consumers do without a committed offset (auto_offset_reset).
        offsetResetPolicy: earliest
        allowIdleConsumers: "false"
      {{- with $kafka.kedaAuthenticationRef }}
      authenticationRef:
        name: {{ . }}
      {{- end }}
{{- end -}}

{{/*
A Kafka worker: its Deployment (with the LLM settings, unless the context has "withoutLlm"),
PodDisruptionBudget, NetworkPolicy (only metrics scrapers may connect) and, when autoscaling
is on, its ScaledObject.
*/}}
{{- define "medstream.worker" -}}
{{- $root := .root -}}
{{- $env := ternary "" (include "medstream.llmEnv" $root) (hasKey . "withoutLlm") -}}
{{- with .env }}{{ $env = printf "%s\n%s" $env . }}{{ end -}}
{{- include "medstream.deployment" (merge (dict "env" $env) .) }}
---
{{ include "medstream.podDisruptionBudget" . }}
{{- if $root.Values.networkPolicy.enabled }}
{{- $rules := list }}
{{- with $root.Values.networkPolicy.metricsFrom }}{{ $rules = list (dict "from" .) }}{{ end }}
---
{{ include "medstream.networkPolicy" (merge (dict "rules" $rules) .) }}
{{- end }}
{{- if .values.autoscaling.enabled }}
---
{{ include "medstream.scaledObject" . }}
{{- end }}
{{- end -}}
