"""Training API (super-admins only): training jobs (start, progress and events, cancel),
checkpoints (make a model version) and model versions."""

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.permissions import IsSuperuser
from exports.models import Export

from . import jobs
from .lora import HyperparameterError
from .models import ModelVersion, TrainingCheckpoint, TrainingEvent, TrainingJob


class TrainingEventSerializer(serializers.ModelSerializer):
    class Meta:
        model = TrainingEvent
        fields = ["kind", "message", "detail", "created_at"]


class TrainingJobSerializer(serializers.ModelSerializer):
    events = TrainingEventSerializer(many=True, read_only=True)

    class Meta:
        model = TrainingJob
        fields = [
            "id",
            "status",
            "export",
            "base_model",
            "hyperparameters",
            "created_by",
            "created_at",
            "started_at",
            "finished_at",
            "step",
            "total_steps",
            "epoch",
            "train_loss",
            "val_loss",
            "best_val_loss",
            "tokens_per_s",
            "eta_seconds",
            "history",
            "cancel_requested",
            "worker",
            "heartbeat_at",
            "attempts",
            "error",
            "mlflow_run_id",
            "events",
        ]
        read_only_fields = fields


class CreateTrainingJobSerializer(serializers.Serializer):
    export = serializers.PrimaryKeyRelatedField(queryset=Export.objects.all())
    base_model = serializers.CharField(
        required=False, allow_blank=True, default="", help_text="Empty: the BASE_MODEL setting."
    )
    hyperparameters = serializers.DictField(
        required=False,
        default=dict,
        help_text="LoRA r, alpha, dropout, target_modules, learning_rate, epochs, "
        "batch_size, grad_accum, max_length...; omitted ones take defaults.",
    )


class TrainingCheckpointSerializer(serializers.ModelSerializer):
    class Meta:
        model = TrainingCheckpoint
        fields = ["id", "job", "step", "train_loss", "val_loss", "is_best", "created_at"]


class ModelVersionSerializer(serializers.ModelSerializer):
    lineage = serializers.SerializerMethodField()

    class Meta:
        model = ModelVersion
        fields = [
            "id",
            "label",
            "status",
            "base_model",
            "adapter_path",
            "job",
            "checkpoint",
            "export",
            "created_at",
            "activated_at",
            "contains_withdrawn",
            "mlflow_model_name",
            "mlflow_model_version",
            "lineage",
        ]

    def get_lineage(self, version) -> dict:
        return jobs.lineage(version)


class TrainingJobViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Training jobs (super-admins only): start, follow progress and events, cancel."""

    permission_classes = [IsSuperuser]
    serializer_class = TrainingJobSerializer
    queryset = TrainingJob.objects.prefetch_related("events")
    filterset_fields = ["status", "export"]

    @extend_schema(request=CreateTrainingJobSerializer, responses={201: TrainingJobSerializer})
    def create(self, request):
        data = CreateTrainingJobSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            job = jobs.create_job(
                data.validated_data["export"],
                data.validated_data["base_model"] or None,
                data.validated_data["hyperparameters"],
                request.user,
            )
        except HyperparameterError as error:
            return Response({"hyperparameters": error.errors}, status=status.HTTP_400_BAD_REQUEST)
        return Response(TrainingJobSerializer(job).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=None, responses=TrainingJobSerializer)
    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        job = jobs.cancel_job(self.get_object(), request.user)
        return Response(TrainingJobSerializer(job).data)

    @extend_schema(responses=TrainingCheckpointSerializer(many=True))
    @action(detail=True, methods=["get"])
    def checkpoints(self, request, pk=None):
        return Response(TrainingCheckpointSerializer(self.get_object().checkpoints.all(), many=True).data)


class TrainingCheckpointViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Checkpoints of every job; a super-admin makes a model version from any of them."""

    permission_classes = [IsSuperuser]
    serializer_class = TrainingCheckpointSerializer
    queryset = TrainingCheckpoint.objects.all()
    filterset_fields = ["job", "is_best"]

    @extend_schema(request=None, responses={201: ModelVersionSerializer})
    @action(detail=True, methods=["post"], url_path="make-version")
    def make_version(self, request, pk=None):
        version = jobs.version_from_checkpoint(self.get_object(), request.user)
        return Response(ModelVersionSerializer(version).data, status=status.HTTP_201_CREATED)


class ModelVersionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [IsSuperuser]
    serializer_class = ModelVersionSerializer
    queryset = ModelVersion.objects.select_related("checkpoint")
    filterset_fields = ["status", "contains_withdrawn", "job", "export"]
